import { defineConfig } from 'tsup';

// One output file per source module (no bundling), so that an app's bundler sees core's module graph and,
// with "sideEffects": false, drops every module a chart does not use: a chart that reads no spreadsheet carries
// no CSV importer, one that validates carries no zod. Declarations come from tsc (see the build script).
export default defineConfig({
  entry: ['src/**/*.ts', '!src/**/*.d.ts'],
  bundle: false,
  format: ['esm'],
  dts: false,
  sourcemap: true,
  target: 'es2022',
});
