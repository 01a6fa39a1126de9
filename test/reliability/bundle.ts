import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/**
 * Bundles a test-page script (TypeScript, its imports and JSON fixtures inlined) into one ES module, or a classic
 * script (`iife`, for an init script), in memory. Dependencies such as `lit` resolve from the repository's
 * node_modules.
 */
export async function bundle(entry: URL, format: 'esm' | 'iife' = 'esm'): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    write: false,
    format,
    target: 'es2022',
    platform: 'browser',
    charset: 'utf8',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** Where the pages load the built CDN bundle from (served from the repository root). */
export const CDN_PATH = '/packages/widgets/dist/cdn/danvan.min.js';

/**
 * A bundle to serve at `CDN_PATH` instead of the built one, named by `DV_CDN_BUNDLE` (a file path): for working
 * on these tests while another build rewrites `dist/`. CI leaves it unset and tests the build.
 */
export function cdnOverride(): string | undefined {
  return process.env['DV_CDN_BUNDLE'] || undefined;
}
