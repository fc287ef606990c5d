/**
 * Builds the server into dist/ for `npm start` and the Dockerfile: node_modules bundled in with our code, so
 * that a start reads a few files instead of resolving, reading and compiling ~1,400 modules one by one (about
 * half a second of CPU). What the code loads with import() goes into chunks of its own, read when asked for.
 *
 * Left outside, loaded from node_modules at run time:
 * - @electric-sql/pglite reads its WebAssembly and file-system image from beside its own module;
 * - @fastify/swagger-ui serves the documentation's assets from its own folder (and loads on the first request);
 * - pg-native is pg's optional native binding, not installed.
 */
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry a content hash: clear the old ones.
rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: ['server/main.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  // The maps point at the sources in the repository rather than carrying them: a third of the size, and
  // `node --enable-source-maps` (npm start, the Dockerfile) reads them at start.
  sourcesContent: false,
  logLevel: 'warning',
  external: ['@electric-sql/pglite', '@fastify/swagger-ui', 'pg-native'],
  // The bundled CommonJS packages call require() for Node's built-ins; an ES module has none of its own.
  banner: { js: "import { createRequire as bannerCreateRequire } from 'node:module'; const require = bannerCreateRequire(import.meta.url);" },
});
