/**
 * Whether a build is up to date, so that `npm start` rebuilds only what changed: a build leaves a stamp with a
 * hash of its inputs (their paths and contents) and the size and time of its main output. The build is skipped
 * while both match: a changed, added or removed input changes the hash, and an output rebuilt some other way
 * (a `vite build` run by hand) changes its time. Contents rather than times, because a checkout or a copy
 * rewrites files' times without changing them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface BuildStamp {
  /** The inputs as the build listed them: a bundler's list of what it read can only come from a build. */
  files: string[];
  inputs: string;
  output: { file: string; size: number; mtimeMs: number };
}

/** Every file under `dir`, as paths relative to `root`, skipping the folders named in `skip` (at any depth). */
export function filesUnder(root: string, dir: string, skip: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.has(entry.name)) found.push(...filesUnder(root, relative, skip));
    } else if (entry.isFile()) found.push(relative);
  }
  return found;
}

/** A hash of the files' paths and contents, in an order of their own; a listed file that is gone counts too. */
export function hashInputs(root: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of [...new Set(files)].sort()) {
    const full = path.join(root, file);
    hash.update(`${file}\0`);
    hash.update(existsSync(full) ? readFileSync(full) : '\0missing');
    hash.update('\0');
  }
  return hash.digest('hex');
}

function outputFacts(root: string, file: string): BuildStamp['output'] | null {
  const full = path.join(root, file);
  if (!existsSync(full)) return null;
  const { size, mtimeMs } = statSync(full);
  return { file, size, mtimeMs };
}

export function stampFor(root: string, inputs: readonly string[], output: string): BuildStamp {
  const facts = outputFacts(root, output);
  if (!facts) throw new Error(`the build did not write ${output}`);
  return { files: [...inputs], inputs: hashInputs(root, inputs), output: facts };
}

function isStamp(value: unknown): value is BuildStamp {
  const stamp = value as Partial<BuildStamp> | null;
  return (
    typeof stamp === 'object' &&
    stamp !== null &&
    Array.isArray(stamp.files) &&
    typeof stamp.inputs === 'string' &&
    typeof stamp.output?.file === 'string' &&
    typeof stamp.output.size === 'number' &&
    typeof stamp.output.mtimeMs === 'number'
  );
}

/** The stamp, or null when there is none or it is not one (an older layout, a broken write): then a build runs. */
export function readStamp(stampFile: string): BuildStamp | null {
  try {
    const stamp: unknown = JSON.parse(readFileSync(stampFile, 'utf8'));
    return isStamp(stamp) ? stamp : null;
  } catch {
    return null;
  }
}

export function writeStamp(stampFile: string, stamp: BuildStamp): void {
  mkdirSync(path.dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, `${JSON.stringify(stamp)}\n`);
}

/** True when the stamp's output is still the file it describes and the inputs hash as they did. */
export function isUpToDate(root: string, stamp: BuildStamp | null, inputs: readonly string[]): boolean {
  if (!stamp) return false;
  const facts = outputFacts(root, stamp.output.file);
  return (
    facts !== null &&
    facts.size === stamp.output.size &&
    facts.mtimeMs === stamp.output.mtimeMs &&
    hashInputs(root, inputs) === stamp.inputs
  );
}
