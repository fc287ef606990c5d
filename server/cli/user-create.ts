/**
 * `npm run user:create -- --email … --name … --role staff [--state XX]`: an account made from the command line,
 * chiefly a new deployment's first staff account (there is no way in without one when the demo data is off).
 * The password comes from standard input, never the command line (where `ps` and shell history would keep it):
 * prompted for twice without echo on a terminal, or the first line when piped
 * (`printf '%s\n' "$PASSWORD" | npm run user:create -- …`). The account is made by the users service, as
 * through the API, so the same validation, password rules, hashing and audit apply. Exit 2 on bad arguments,
 * 1 when the account cannot be made, each with a one-line message.
 */
import { parseArgs } from 'node:util';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Static } from 'typebox';
import { oneLine } from '../../db/cli-error.ts';
import { type DbHandle, createDb } from '../../db/client.ts';
import { migrate } from '../../db/migrate.ts';
import { loadConfig } from '../config.ts';
import type { Actor } from '../domain/access.ts';
import { today } from '../domain/dates.ts';
import { create } from '../modules/users/users.service.ts';
import { UserCreate } from '../modules/users/users.schemas.ts';

const USAGE = 'usage: npm run user:create -- --email <email> --name <name> --role staff|coach|state_lead|state_member [--state XX] (password on standard input)';

class UsageError extends Error {}

const ROLES = UserCreate.properties.role.anyOf.map((literal) => String(literal.const));

function readArguments() {
  try {
    const { values, positionals } = parseArgs({
      options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, state: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: true,
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const missing = (['email', 'name', 'role'] as const).filter((key) => !values[key]);
    if (missing.length > 0) throw new UsageError(`missing ${missing.map((key) => `--${key}`).join(', ')}`);
    if (!ROLES.includes(values.role as string)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}, got "${values.role}"`);
    return values as { email: string; name: string; role: string; state?: string };
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Lines typed on a terminal without echo: characters are read raw and nothing is written back but the prompts.
 * What arrives after one Enter (pasted, or typed ahead) belongs to the next prompt.
 */
async function promptHidden(prompts: string[]): Promise<string[]> {
  const input = process.stdin;
  input.setRawMode(true);
  input.setEncoding('utf8');
  const answers: string[] = [];
  let typed = '';
  try {
    process.stderr.write(prompts[0] ?? '');
    for await (const chunk of input) {
      for (const char of String(chunk)) {
        if (char === '\u0003' || char === '\u0004') throw new Error('cancelled; nothing was created');
        if (char === '\r' || char === '\n') {
          process.stderr.write('\n');
          answers.push(typed);
          typed = '';
          if (answers.length === prompts.length) return answers;
          process.stderr.write(prompts[answers.length] ?? '');
        } else if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    }
    throw new Error('standard input ended before the password was given');
  } finally {
    input.setRawMode(false);
    input.pause();
  }
}

/** The first line of a piped standard input (a trailing CR of a Windows line ending dropped). */
async function readFirstLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  const line = text.split('\n')[0]?.replace(/\r$/, '') ?? '';
  if (line === '') throw new Error('no password on standard input: pipe it in as one line, e.g. printf \'%s\\n\' "$PASSWORD" | npm run user:create -- …');
  return line;
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readFirstLine();
  const [first, second] = await promptHidden(['password for the new account: ', 'the same password again: ']);
  if (first !== second) throw new Error('the two passwords differ; nothing was created');
  return first;
}

// The route's own body schema, checked as the API checks a body (ajv with formats, no coercion).
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const validateBody = addFormats(new Ajv({ allErrors: false, strict: false, coerceTypes: false })).compile(UserCreate);

/**
 * The command line acts as no user: the audit row it leaves has no actor, as the trail shows for an account
 * whose author is gone. Staff's rights let the service make any account; the id is never looked up.
 */
const commandLine = { id: null, role: 'staff', stateCode: null, pairedStates: [] } as unknown as Actor;

let handle: DbHandle | undefined;
try {
  const args = readArguments();
  const body: Static<typeof UserCreate> = {
    email: args.email,
    name: args.name,
    role: args.role as Static<typeof UserCreate>['role'],
    ...(args.state ? { stateCode: args.state } : {}),
    password: '',
  };
  // The arguments first, so that a typo is caught before the password is asked for.
  if (!validateBody({ ...body, password: 'x'.repeat(64) })) {
    const [issue] = validateBody.errors ?? [];
    throw new UsageError(`${issue?.instancePath.replace(/^\//, '') || 'arguments'} ${issue?.message ?? 'are invalid'}`);
  }
  // The settings too (a production start needs several), before anyone types a password for nothing.
  const config = loadConfig();
  body.password = await readPassword();
  if (!validateBody(body)) {
    const [issue] = validateBody.errors ?? [];
    throw new Error(`${issue?.instancePath.replace(/^\//, '') || 'password'} ${issue?.message ?? 'is invalid'}`);
  }
  console.log(`opening ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `the embedded database in ${config.dataDir}`}`);
  // As db:seed-demo opens it: one process's handle, migrated first, so that a brand-new database can take it.
  handle = config.databaseUrl
    ? await createDb({ driver: 'postgres', url: config.databaseUrl, poolSize: 2 })
    : await createDb({ driver: 'pglite', dataDir: config.dataDir });
  await migrate(handle);
  const now = new Date();
  const user = await create({ db: handle.db, actor: commandLine, today: today(now), now }, body);
  console.log(`created ${user.role} ${user.email} (${user.name}${user.stateCode ? `, ${user.stateCode}` : ''}), id ${user.id}`);
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`user:create: ${error.message}; ${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(`user not created: ${oneLine(error)}`);
    process.exitCode = 1;
  }
} finally {
  await handle?.close().catch(() => {});
}
