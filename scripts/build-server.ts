/**
 * Builds the server into dist/ for `npm start` and the Dockerfile: node_modules bundled in with our code, so
 * that a start reads a few files instead of resolving, reading and compiling ~1,400 modules one by one (about
 * half a second of CPU). Two files: dist/server.cjs, the whole server, and dist/main.js, its loader
 * (scripts/server-loader.ts), which compiles the server with V8's code cache.
 *
 * Left outside, loaded from node_modules at run time:
 * - @electric-sql/pglite reads its WebAssembly and file-system image from beside its own module;
 * - @fastify/swagger-ui serves the documentation's assets from its own folder (and loads on the first request);
 * - pg-native is pg's optional native binding, not installed;
 * - @node-rs/argon2 loads its prebuilt native binding (a platform package beside it);
 * - @zxcvbn-ts/* hold ~4 MB of password lists, loaded on the first new password rather than parsed at start.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { build, type Metafile } from 'esbuild';

export const SERVER_OUTPUT = 'dist/server.cjs';

/** Builds dist/ and returns what it was built from: our files that esbuild read, and what fixes the rest. */
export async function buildServer(root: string): Promise<string[]> {
  rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  // The server, one CommonJS file: its loader compiles it with V8's code cache (scripts/server-loader.ts), which
  // Node 20 offers for scripts, not for ES modules. What our code loads with import() is in it too.
  const server = await build({
    absWorkingDir: root,
    entryPoints: ['server/main.ts'],
    outfile: SERVER_OUTPUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    // The map points at the sources in the repository rather than carrying them: a third of the size. The
    // loader maps stack traces through it, reading it on the first trace rather than at start.
    sourcesContent: false,
    logLevel: 'warning',
    metafile: true,
    external: ['@electric-sql/pglite', '@fastify/swagger-ui', 'pg-native', '@node-rs/argon2', '@zxcvbn-ts/core', '@zxcvbn-ts/language-common'],
    // Modules that find files beside themselves (db/migrate.ts: the migrations) ask import.meta.url.
    define: { 'import.meta.url': 'importMetaUrl' },
    // import() of what stays outside becomes require(): Node 20 loses a vm.Script's dynamic-import callback when
    // the script comes from the code cache (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), and both packages ship
    // CommonJS.
    supported: { 'dynamic-import': false },
    banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  // npm start's entry: the loader.
  const loader = await build({
    absWorkingDir: root,
    entryPoints: ['scripts/server-loader.ts'],
    outfile: 'dist/main.js',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    metafile: true,
  });
  // Packages are fixed by the lock file (npm ci), so their files need not be hashed one by one. esbuild also
  // reads tsconfig.json, which its metafile does not list.
  const ours = (metafile: Metafile) => Object.keys(metafile.inputs).filter((file) => !file.includes('node_modules/'));
  return [...ours(server.metafile), ...ours(loader.metafile), 'package-lock.json', 'tsconfig.json', 'scripts/build-server.ts'];
}
