/**
 * Writes the OpenAPI document the server serves at /api/docs/json to a file (default openapi.json), from the
 * route schemas, with no database: what the linters in .ci/run read, and what a client is generated from.
 */
import { writeFileSync } from 'node:fs';
import { createDb } from '../db/client.ts';
import { buildApp } from '../server/app.ts';
import { randomSecret } from '../server/config.ts';

const file = process.argv[2] ?? 'openapi.json';
const handle = await createDb({ driver: 'pglite' });
// The document as a deployment serves it: its servers entry is the deployment's PUBLIC_URL.
const publicUrl = 'https://tracker.example.org';
const app = await buildApp({ config: { jwtSecret: randomSecret(), sessionHours: 12, env: 'test', logLevel: 'silent', webDir: '', publicUrl }, db: handle, logger: false });
await app.ready();
writeFileSync(file, `${JSON.stringify(app.swagger(), null, 2)}\n`);
await app.close();
await handle.close();
console.log(`wrote ${file}`);
