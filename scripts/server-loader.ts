/**
 * `npm start`'s entry (built to dist/main.js): runs the server bundle (dist/server.cjs) with V8's code cache.
 * Node 20 keeps no compiled code between runs (its module compile cache came in Node 22), and compiling the
 * 4.8 MB bundle took ~110–150 ms of every start on this machine (docs/performance.md, change 35). So the bundle
 * is compiled through `vm.Script` with the code V8 made for it at an earlier start (dist/server.cjs.cache).
 *
 * The cache is made once the server is ready (server/lib/after-start.ts), so that it also holds the functions
 * the start ran, which V8 otherwise compiles on first call. V8 refuses a cache made under other flags than the
 * ones it is read under, and a start on the embedded database switches V8's wasm flags until it is ready
 * (server/wasm-flags.ts): so they are switched here, before compiling, and the cache is made before they are
 * switched back. A missing or refused cache (another build, another Node, the other database) is written anew;
 * one that cannot be written (a read-only image) only costs the saving.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { SourceMap, type SourceMapping, createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { afterStart } from '../server/lib/after-start.ts';
import { baselineWasmOnly } from '../server/wasm-flags.ts';

const file = fileURLToPath(new URL('./server.cjs', import.meta.url));
/**
 * Beside the bundle, or in CODE_CACHE_DIR where the bundle's folder is read-only (the image: /app is root's). Read
 * here rather than in server/config.ts, because the cache is read before the server, config included, is compiled.
 * Outside dist/, which a build empties, the name carries the bundle's size and time: V8 checks a cache against the
 * source's length only, and another build's code must never be taken for this one's.
 */
const cacheDir = process.env.CODE_CACHE_DIR;
const cacheFile = cacheDir ? path.join(cacheDir, `server-${bundleStamp()}.cjs.cache`) : `${file}.cache`;

function bundleStamp(): string {
  const { size, mtimeMs } = statSync(file);
  return `${size}-${Math.round(mtimeMs)}`;
}

/** Another build's caches in CODE_CACHE_DIR: no start reads them again. */
function removeOtherCaches() {
  if (!cacheDir) return;
  for (const name of readdirSync(cacheDir)) {
    if (/^server-\d+-\d+\.cjs\.cache$/.test(name) && name !== path.basename(cacheFile)) rmSync(path.join(cacheDir, name), { force: true });
  }
}

/**
 * A cache is code this process runs: in CODE_CACHE_DIR it is read only from a folder of this user's that no one
 * else may write to (a folder in a shared /tmp made by another user first would otherwise hand them the server).
 */
function cacheDirIsOurs(): boolean {
  if (!cacheDir) return true;
  const { uid, mode } = statSync(cacheDir);
  return uid === process.getuid?.() && (mode & 0o022) === 0;
}

function readCache(): Buffer | undefined {
  try {
    if (!cacheDirIsOurs()) return undefined;
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

// As loadConfig reads it (server/config.ts): no DATABASE_URL, the embedded database.
if (!process.env.DATABASE_URL) baselineWasmOnly(true);
const cachedData = readCache();
const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), {
  filename: file,
  cachedData,
});
if (!cachedData || script.cachedDataRejected) {
  // Written in one go, before a stop asked for meanwhile can run, and under another name first, so that no
  // start reads half a cache. Read-only or full: every start compiles, as without a cache.
  afterStart(() => {
    const partial = `${cacheFile}.${process.pid}`;
    try {
      if (cacheDir) mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
      if (!cacheDirIsOurs()) return;
      writeFileSync(partial, script.createCachedData());
      renameSync(partial, cacheFile);
      removeOtherCaches();
    } catch {
      try {
        rmSync(partial, { force: true });
      } catch {
        // Left behind; a later start writes anew.
      }
    }
  });
}
// The bundle's frames in a stack trace name the sources (server/…, db/…), through the bundle's source map, read on
// the first trace that needs it. Node's --enable-source-maps would not do it (it maps the modules Node loads, not
// a vm.Script), and it cost every start ~80 ms reading the maps of the packages left outside the bundle.
let map: SourceMap | null | undefined;
const mapOf = () => {
  if (map === undefined) {
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    } catch {
      map = null;
    }
  }
  return map;
};
const root = path.dirname(file);
const where = (frame: NodeJS.CallSite) => {
  const line = frame.getLineNumber();
  const column = frame.getColumnNumber();
  const found = frame.getFileName() === file && line !== null && column !== null ? mapOf()?.findEntry(line - 1, column - 1) : undefined;
  // An empty object when the position maps to nothing.
  const entry = found && 'originalSource' in found ? (found as SourceMapping) : undefined;
  if (!entry) return String(frame);
  const source = path.resolve(root, entry.originalSource);
  const name = frame.getFunctionName() ?? frame.getMethodName();
  const place = `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  return name ? `${name} (${place})` : place;
};
// As V8 prints a trace, with the frames mapped: "async " marks the frames of awaiting functions.
Error.prepareStackTrace = (error, frames) =>
  [String(error), ...frames.map((frame) => `    at ${frame.isAsync() ? 'async ' : ''}${where(frame)}`)].join('\n');
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
