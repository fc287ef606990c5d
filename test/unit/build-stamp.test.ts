import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesUnder, hashInputs, isUpToDate, readStamp, stampFor, writeStamp } from '../../scripts/build-stamp.ts';

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
const tree = () => filesUnder(root, 'src', new Set(['build']));

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'build-stamp-'));
  write('src/a.ts', 'a');
  write('src/lib/b.ts', 'b');
  write('src/build/out.js', 'built');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('a build stamp', () => {
  it('lists a tree without the skipped folders', () => {
    expect(tree().sort()).toEqual(['src/a.ts', path.join('src', 'lib', 'b.ts')]);
  });

  it('hashes paths and contents, not the order they are listed in or their times', () => {
    const before = hashInputs(root, tree());
    expect(hashInputs(root, [...tree()].reverse())).toBe(before);
    utimesSync(path.join(root, 'src/a.ts'), new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(hashInputs(root, tree())).toBe(before);
    write('src/a.ts', 'a changed');
    expect(hashInputs(root, tree())).not.toBe(before);
  });

  it('holds while nothing changed, and not after an input changes, appears or goes', () => {
    const stamp = stampFor(root, tree(), 'src/build/out.js');
    expect(isUpToDate(root, stamp, tree())).toBe(true);

    write('src/lib/b.ts', 'b changed');
    expect(isUpToDate(root, stamp, tree())).toBe(false);
    write('src/lib/b.ts', 'b');
    expect(isUpToDate(root, stamp, tree())).toBe(true);

    write('src/lib/c.ts', 'new');
    expect(isUpToDate(root, stamp, tree())).toBe(false);
    rmSync(path.join(root, 'src/lib/c.ts'));
    expect(isUpToDate(root, stamp, tree())).toBe(true);

    // A listed input that is gone (the server's list comes from its last build).
    rmSync(path.join(root, 'src/a.ts'));
    expect(isUpToDate(root, stamp, stamp.files)).toBe(false);
  });

  it('does not hold when the output was rewritten some other way, or is gone, or there is no stamp', () => {
    const stamp = stampFor(root, tree(), 'src/build/out.js');
    utimesSync(path.join(root, 'src/build/out.js'), new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(isUpToDate(root, stamp, tree())).toBe(false);
    rmSync(path.join(root, 'src/build'), { recursive: true });
    expect(isUpToDate(root, stamp, tree())).toBe(false);
    expect(isUpToDate(root, null, tree())).toBe(false);
  });

  it('is read back as written, and a missing, broken or partial stamp reads as none', () => {
    const file = path.join(root, 'stamps/web.json');
    expect(readStamp(file)).toBeNull();
    const stamp = stampFor(root, tree(), 'src/build/out.js');
    writeStamp(file, stamp);
    expect(readStamp(file)).toEqual(stamp);
    writeFileSync(file, '{ not json');
    expect(readStamp(file)).toBeNull();
    writeFileSync(file, JSON.stringify({ inputs: stamp.inputs, files: stamp.files }));
    expect(readStamp(file)).toBeNull();
  });

  it('refuses to stamp a build that wrote no output', () => {
    expect(() => stampFor(root, tree(), 'src/build/missing.js')).toThrow(/did not write src\/build\/missing.js/);
  });
});
