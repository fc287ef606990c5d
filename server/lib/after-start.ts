/**
 * Work that waits for the server to be ready: `npm start`'s loader (scripts/server-loader.ts) leaves the writing
 * of its code cache here, so that the cache holds the code a start compiles. The loader and the server are
 * separate bundles, hence a key in the global symbol registry. Nothing is left here under tsx.
 */
const key = Symbol.for('coaching-tracker.after-start');
type Holder = { [key]?: () => void };

export function afterStart(work: () => void): void {
  (globalThis as Holder)[key] = work;
}

export function runAfterStart(): void {
  const work = (globalThis as Holder)[key];
  delete (globalThis as Holder)[key];
  work?.();
}
