import { defineConfig } from 'vite';

// Built with the repository's own Vite and React (root devDependencies): `npm ci` at the root is all it needs.
// Vite 8 compiles TSX with Oxc (automatic JSX runtime), so no React plugin is required for a production build.
export default defineConfig({
  // Relative asset URLs: the build works from any folder it is served from.
  base: './',
  build: { outDir: 'dist', emptyOutDir: true },
});
