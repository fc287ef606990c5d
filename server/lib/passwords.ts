import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { type Options as Argon2Options, hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';

const scrypt = promisify(scryptCb) as (password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>;

/**
 * argon2id with OWASP's first recommendation (19 MiB, 2 passes, 1 lane): about 20 ms and 19 MiB per hash on
 * the libuv pool, where scrypt at OWASP's N=2^17 costs 128 MiB and ~0.7 s on this machine's cores.
 */
// `algorithm: 2` is Algorithm.Argon2id (a const enum, which this build's isolated modules cannot read).
export const ARGON2_PARAMS = { algorithm: 2 as Argon2Options['algorithm'], memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Stored in the PHC string form ($argon2id$v=19$m=…,t=…,p=…$salt$hash): the parameters travel with the hash. */
export async function hashPassword(password: string): Promise<string> {
  return argon2Hash(password, ARGON2_PARAMS);
}

/** Checks a password against an argon2id hash, or against an older scrypt$N$r$p$salt$hash one. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (stored.startsWith('$argon2')) return argon2Verify(stored, password).catch(() => false);
  if (stored.startsWith('scrypt$')) return verifyScrypt(password, stored);
  return false;
}

/** True for a hash made with another scheme or weaker parameters than today's: rehash it at the next sign-in. */
export function needsRehash(stored: string): boolean {
  const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(stored);
  if (!match) return true;
  const [m, t, p] = match.slice(1).map(Number);
  return m < ARGON2_PARAMS.memoryCost || t < ARGON2_PARAMS.timeCost || p !== ARGON2_PARAMS.parallelism;
}

// The scheme before argon2id; its hashes are still read, and replaced at the next successful sign-in.
const SCRYPT_MAXMEM = 256 * 1024 * 1024;

async function verifyScrypt(password: string, stored: string): Promise<boolean> {
  const [, n, r, p, saltText, keyText] = stored.split('$');
  if (!saltText || !keyText) return false;
  const expected = Buffer.from(keyText, 'base64url');
  const key = await scrypt(password, Buffer.from(saltText, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: SCRYPT_MAXMEM,
  }).catch(() => undefined);
  return key !== undefined && key.length === expected.length && timingSafeEqual(key, expected);
}

let dummyHash: Promise<string> | undefined;

/**
 * A hash of a random password: compared against when the email is unknown, so timing does not tell. Made on
 * the first sign-in rather than at start; every sign-in awaits it, so the first one costs the same whatever
 * the email.
 */
export const dummyHashForUnknownEmail = (): Promise<string> => (dummyHash ??= hashPassword(randomBytes(12).toString('hex')));
