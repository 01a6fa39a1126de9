/**
 * How much two PNG pictures (base64) differ: the share of pixels apart by more than 48 in a colour channel
 * (antialiasing moves a pixel by less), decoded in the browser with no image library. Self-contained, so that a
 * Node test can hand it to `page.evaluate` as it is: `page.evaluate(pixelsApart, [a, b])`. Differently sized
 * pictures differ wholly (`differing` -1, `ratio` 1).
 */
export async function pixelsApart([a, b]: readonly [string, string]): Promise<{ size: string; differing: number; ratio: number }> {
  const decode = async (b64: string) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
    const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  };
  const [p, q] = await Promise.all([decode(a), decode(b)]);
  const size = `${p.width}×${p.height} vs ${q.width}×${q.height}`;
  if (p.width !== q.width || p.height !== q.height) return { size, differing: -1, ratio: 1 };
  let differing = 0;
  for (let i = 0; i < p.data.length; i += 4) {
    const d = Math.max(Math.abs(p.data[i]! - q.data[i]!), Math.abs(p.data[i + 1]! - q.data[i + 1]!), Math.abs(p.data[i + 2]! - q.data[i + 2]!));
    if (d > 48) differing++;
  }
  return { size, differing, ratio: differing / (p.width * p.height) };
}
