/**
 * What can be checked of the image and the compose file without Docker (none on this machine or CI's): the files
 * are read as Docker reads them (the Dockerfile's instructions, line continuations joined; the compose file as
 * YAML) and held to what a deployment on the internet needs. test/system/image-layout.test.ts runs the server as
 * the Dockerfile lays it out.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (file: string) => readFileSync(`${REPO_ROOT}/${file}`, 'utf8');

interface Instruction {
  keyword: string;
  args: string;
}

/** The Dockerfile's instructions: comments dropped, `\` continuations joined. */
function instructions(text: string): Instruction[] {
  const joined = text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
}

/** The instructions of the last stage, the one that runs. */
const runtimeStage = (all: Instruction[]) => all.slice(all.map((i) => i.keyword).lastIndexOf('FROM'));

/** `ENV A=1 B=2` (the only form used here) as pairs. */
const envOf = (stage: Instruction[]) =>
  Object.fromEntries(stage.filter((i) => i.keyword === 'ENV').flatMap((i) => i.args.split(/\s+/).map((pair) => pair.split('=') as [string, string])));

/** An image reference with a version: `name:16.11-bookworm`, not `name`, `name:latest` or `name:16`. */
const pinned = (image: string) => /^[\w./-]+:\d+\.\d+(\.\d+)?(-[\w.-]+)?$/.test(image);

/** The Node version .ci/run tests as the image's. */
const ciNodeVersion = () => read('.ci/run').match(/^NODE_LTS_VERSION=(\d+\.\d+\.\d+)$/m)?.[1];

export function checkDockerfile(text: string): string[] {
  const problems: string[] = [];
  const all = instructions(text);
  const froms = all.filter((i) => i.keyword === 'FROM');
  if (froms.length < 2) problems.push('not multi-stage: build and runtime stages');
  for (const from of froms) {
    const image = from.args.split(/\s+/)[0] ?? '';
    if (!pinned(image)) problems.push(`FROM ${image}: not pinned to a version (major.minor at least)`);
  }
  const nodeTags = froms.map((f) => f.args.match(/^node:(\d+\.\d+)/)?.[1]);
  const ci = ciNodeVersion();
  if (!ci) problems.push('.ci/run names no NODE_LTS_VERSION');
  for (const tag of nodeTags) {
    if (!tag) problems.push('a stage is not built FROM node:<version>');
    else if (ci && !ci.startsWith(`${tag}.`)) problems.push(`FROM node:${tag} is not the Node that .ci/run tests (${ci})`);
    else if (Number(tag.split('.')[0]) <= 20) problems.push(`FROM node:${tag}: Node 20 and older are past their end of life`);
  }
  const runtime = runtimeStage(all);
  const users = runtime.filter((i) => i.keyword === 'USER');
  const user = users.at(-1)?.args;
  if (!user || user === 'root' || user === '0' || user.startsWith('0:')) problems.push(`the runtime stage runs as ${user ?? 'root (no USER)'}`);
  for (const copy of runtime.filter((i) => i.keyword === 'COPY' || i.keyword === 'ADD')) {
    if (/--chown|--chmod/.test(copy.args)) problems.push(`${copy.keyword} ${copy.args}: the app's files must stay root's, read-only to the app`);
  }
  for (const run of runtime.filter((i) => i.keyword === 'RUN')) {
    // Each chown or chmod up to the end of its command: the options, the owner or mode, then the paths.
    for (const [, command = ''] of run.args.matchAll(/\bch(?:own|mod)\s+([^&;|]*)/g)) {
      const [, ...targets] = command.split(/\s+/).filter((word) => word && !word.startsWith('-'));
      for (const target of targets) {
        if (target !== '/data') problems.push(`RUN changes the owner or mode of ${target}: only /data is the app's to write`);
      }
    }
  }
  if (!runtime.some((i) => i.keyword === 'RUN' && /chown\s+node:node\s+\/data/.test(i.args))) problems.push('/data is not made the app user’s');
  const env = envOf(runtime);
  if (env.NODE_ENV !== 'production') problems.push('NODE_ENV is not production in the runtime stage');
  if (env.DATA_DIR !== '/data') problems.push('DATA_DIR is not /data');
  if (!env.CODE_CACHE_DIR || env.CODE_CACHE_DIR.startsWith('/app')) problems.push('CODE_CACHE_DIR is not set outside the read-only /app');
  const cmd = runtime.filter((i) => i.keyword === 'CMD').at(-1)?.args;
  if (cmd !== '["node", "dist/main.js"]') problems.push(`CMD is ${cmd}, not ["node", "dist/main.js"]`);
  if (!runtime.some((i) => i.keyword === 'HEALTHCHECK' && i.args.includes('/readyz'))) problems.push('no HEALTHCHECK on /readyz');
  return problems;
}

type Service = { image?: string; build?: unknown; restart?: string; environment?: Record<string, string | number>; ports?: string[] };

export function checkCompose(text: string): string[] {
  const problems: string[] = [];
  const compose = parse(text) as { services: Record<string, Service> };
  for (const [name, service] of Object.entries(compose.services)) {
    if (service.image !== undefined && !pinned(service.image)) problems.push(`${name}: image ${service.image} is not pinned to a version`);
    if (service.image === undefined && service.build === undefined) problems.push(`${name}: neither an image nor a build`);
    if (service.restart !== 'unless-stopped' && service.restart !== 'always') problems.push(`${name}: no restart policy`);
    for (const [key, value] of Object.entries(service.environment ?? {})) {
      const text = String(value);
      if (/PASSWORD|SECRET/.test(key) && !/^\$\{\w+:\?[^}]*\}$/.test(text)) problems.push(`${name}: ${key} is not taken from the environment as a required \${VAR:?…}`);
      // A password inside a URL: what follows user: up to @ must be a variable.
      const inUrl = text.match(/^\w+:\/\/[^:/@]+:([^@]*)@/)?.[1];
      if (inUrl !== undefined && !/^\$\{\w+(:\?[^}]*)?\}$/.test(inUrl)) problems.push(`${name}: ${key} holds a literal password`);
    }
    for (const port of service.ports ?? []) {
      if (!String(port).startsWith('127.0.0.1:')) problems.push(`${name}: port ${port} is published on every address of the host, not the proxy's loopback`);
    }
  }
  const app = compose.services.app;
  const env = app?.environment ?? {};
  if (env.NODE_ENV !== 'production') problems.push('app: NODE_ENV is not production');
  if (env.DEMO_DATA !== '${DEMO_DATA:-false}') problems.push(`app: DEMO_DATA is ${env.DEMO_DATA}, not \${DEMO_DATA:-false}`);
  if (!/^\$\{PUBLIC_URL:\?/.test(String(env.PUBLIC_URL ?? ''))) problems.push('app: PUBLIC_URL is not required from the environment');
  if (env.TRUST_PROXY !== '${TRUST_PROXY:-}') problems.push('app: TRUST_PROXY is not taken from the environment (off by default)');
  const password = String(compose.services.db?.environment?.POSTGRES_PASSWORD ?? '');
  const variable = password.match(/^\$\{(\w+):\?/)?.[1];
  if (!variable || !String(env.DATABASE_URL ?? '').includes(`\${${variable}`)) problems.push('app: DATABASE_URL is not built from the database password variable');
  return problems;
}

describe('the Dockerfile', () => {
  it('is multi-stage on the Node LTS .ci/run tests, pinned, root-owned files, run as node, production', () => {
    expect(checkDockerfile(read('Dockerfile'))).toEqual([]);
  });

  it('is refused when it runs as root, chowns /app, floats its base image or runs Node 20', () => {
    const good = read('Dockerfile');
    expect(checkDockerfile(good.replace(/^USER node$/m, ''))).toContain('the runtime stage runs as root (no USER)');
    expect(checkDockerfile(good.replace('COPY --from=build /app /app', 'COPY --from=build --chown=node:node /app /app'))).toEqual([
      "COPY --from=build --chown=node:node /app /app: the app's files must stay root's, read-only to the app",
    ]);
    expect(checkDockerfile(good.replace('chown node:node /data', 'chown -R node:node /data /app'))).toContain(
      'RUN changes the owner or mode of /app: only /data is the app\'s to write',
    );
    expect(checkDockerfile(good.replaceAll(/node:24\.\d+-bookworm-slim/g, 'node:bookworm-slim'))).toContain(
      'FROM node:bookworm-slim: not pinned to a version (major.minor at least)',
    );
    expect(checkDockerfile(good.replaceAll(/node:24\.\d+/g, 'node:20.19'))).toContain(`FROM node:20.19 is not the Node that .ci/run tests (${ciNodeVersion()})`);
    expect(checkDockerfile(good.replace('NODE_ENV=production', 'NODE_ENV=development'))).toContain('NODE_ENV is not production in the runtime stage');
  });
});

describe('docker-compose.yml', () => {
  it('pins its images, restarts, takes every secret from the environment, no demo data, on the loopback', () => {
    expect(checkCompose(read('docker-compose.yml'))).toEqual([]);
  });

  it('is refused with a literal password, a floating image, no restart policy or demo data by default', () => {
    const good = read('docker-compose.yml');
    expect(checkCompose(good.replace(/POSTGRES_PASSWORD: \$\{POSTGRES_PASSWORD:\?[^}]*\}/, 'POSTGRES_PASSWORD: tracker'))).toContain(
      'db: POSTGRES_PASSWORD is not taken from the environment as a required ${VAR:?…}',
    );
    expect(checkCompose(good.replace(/tracker:\$\{POSTGRES_PASSWORD:\?[^}]*\}@/, 'tracker:tracker@'))).toContain('app: DATABASE_URL holds a literal password');
    expect(checkCompose(good.replace(/image: postgres:\S+/, 'image: postgres:16'))).toContain('db: image postgres:16 is not pinned to a version');
    expect(checkCompose(good.replace('DEMO_DATA: ${DEMO_DATA:-false}', 'DEMO_DATA: ${DEMO_DATA:-true}'))).toContain(
      'app: DEMO_DATA is ${DEMO_DATA:-true}, not ${DEMO_DATA:-false}',
    );
    expect(checkCompose(good.replaceAll('restart: unless-stopped', 'restart: "no"'))).toEqual(['db: no restart policy', 'app: no restart policy']);
    expect(checkCompose(good.replace('"127.0.0.1:3000:3000"', '"3000:3000"'))).toContain(
      "app: port 3000:3000 is published on every address of the host, not the proxy's loopback",
    );
  });
});

describe('.dockerignore', () => {
  it('keeps secrets, data, backups, builds and logs out of the build context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    for (const entry of ['.env*', 'backups', 'data', 'dist', '*.log', 'node_modules', '.git', 'test-results', 'coverage', '.cache']) {
      expect(ignored).toContain(entry);
    }
  });
});

describe('package.json engines', () => {
  it('names the machine’s Node 20 and the image’s Node LTS, the two CI runs on', () => {
    const { engines } = JSON.parse(read('package.json')) as { engines: { node: string } };
    const major = ciNodeVersion()?.split('.')[0];
    expect(engines.node).toMatch(/\^20\.19/);
    expect(engines.node).toContain(`^${major}`);
  });
});
