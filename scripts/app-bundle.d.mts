import type { BuildOptions, BuildResult } from 'esbuild';

/** Bundles as an app would (minified ESM for browsers, tree-shaken, dependencies inlined); `options` add to it. */
export declare function appBundle<T extends BuildOptions>(options: T): Promise<BuildResult<T & { write: false }>>;
