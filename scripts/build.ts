/**
 * Builds the dashboard and the server: `node --import tsx scripts/build.ts [--if-stale] [web] [server]` (both
 * when none is named). With --if-stale, as `npm start` runs it, a part whose inputs have not changed since its
 * last build is kept, with its V8 code cache: a start after the first takes a second, not a rebuild's ~25.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildStamp, isUpToDate, readStamp, stampFor, writeStamp } from './build-stamp.ts';
import { buildServer, SERVER_OUTPUT } from './build-server.ts';
import { buildWeb, WEB_OUTPUT, webInputs } from './build-web.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Beside other tools' caches; not in the outputs' folders, which the server serves (web/build) or a build empties.
const STAMPS = path.join(ROOT, 'node_modules/.cache/tracker-build');

interface Part {
  name: 'web' | 'server';
  label: string;
  output: string;
  /** The inputs to check a stamp against; the server's come from its last build. */
  inputs(stamp: BuildStamp | null): string[];
  build(): Promise<string[]>;
}

const parts: Part[] = [
  {
    name: 'web',
    label: 'the dashboard',
    output: WEB_OUTPUT,
    inputs: () => webInputs(ROOT),
    build: async () => {
      buildWeb(ROOT);
      return webInputs(ROOT);
    },
  },
  {
    name: 'server',
    label: 'the server',
    output: SERVER_OUTPUT,
    inputs: (stamp) => stamp?.files ?? [],
    build: () => buildServer(ROOT),
  },
];

const args = process.argv.slice(2);
const ifStale = args.includes('--if-stale');
const named = args.filter((arg) => !arg.startsWith('--'));
const unknown = named.filter((name) => !parts.some((part) => part.name === name));
if (unknown.length > 0) {
  console.error(`unknown part ${unknown.join(', ')}: name web, server or neither (both)`);
  process.exit(2);
}

for (const part of parts) {
  if (named.length > 0 && !named.includes(part.name)) continue;
  const stampFile = path.join(STAMPS, `${part.name}.json`);
  const stamp = readStamp(stampFile);
  if (ifStale && isUpToDate(ROOT, stamp, part.inputs(stamp))) {
    console.log(`[build] ${part.label} is up to date`);
    continue;
  }
  console.log(`[build] building ${part.label}`);
  const inputs = await part.build();
  writeStamp(stampFile, stampFor(ROOT, inputs, part.output));
}
