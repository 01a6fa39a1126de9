import { defineConfig } from 'tsup';

// Several entries so that a browser bundle that only queries and formats pulls in no schema code.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schema: 'src/schema/index.ts',
  },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  target: 'es2022',
  splitting: true,
  treeshake: true,
});
