/**
 * The messages between an iframe embed page (`embed.html`) and the page that frames it.
 *
 * - embed page → parent, on load and on every change of the page's height:
 *   `{ type: 'danvan:height', height, id? }` — `height` in CSS pixels (an integer), `id` the embed URL's `id`
 *   parameter echoed back (at most 64 characters) for hosts that match messages by id rather than by source.
 * - parent → embed page: `{ type: 'danvan:ping' }` asks for the height again (sent by the host code when it
 *   starts listening, in case the embed page spoke first).
 *
 * Both are sent with target origin `'*'`: a height is not a secret, and the embed page cannot know who frames it.
 * Receivers check the sender (`event.source`) and the shape, and ignore everything else.
 */
export interface EmbedHeightMessage {
  readonly type: 'danvan:height';
  readonly height: number;
  readonly id?: string;
}

/** The type of the height message. */
export const HEIGHT_MESSAGE = 'danvan:height';
/** The type of the parent's request for the height. */
export const PING_MESSAGE = 'danvan:ping';

/**
 * The height a message carries if it is a well-formed `danvan:height` message (a number from 0 to 100 000),
 * rounded up to whole pixels; otherwise `undefined`.
 *
 * @example
 * embedHeight({ type: 'danvan:height', height: 412.5 }); // 413
 * embedHeight({ type: 'danvan:height', height: '9e9' }); // undefined
 */
export function embedHeight(data: unknown): number | undefined {
  const message = data as { type?: unknown; height?: unknown } | null | undefined;
  const height = message?.type === HEIGHT_MESSAGE ? message.height : undefined;
  // The comparisons also refuse NaN.
  return typeof height === 'number' && height >= 0 && height <= 1e5 ? Math.ceil(height) : undefined;
}
