import { randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dummyHashForUnknownEmail, hashPassword, needsRehash, verifyPassword } from '../../server/lib/passwords.ts';

/** A hash in the form the app stored before argon2id: scrypt$N$r$p$salt$key, N=2^15. */
function oldScryptHash(password: string, N = 2 ** 15) {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 32, { N, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  return ['scrypt', N, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
}

describe('passwords', () => {
  it('hashes with argon2id at OWASP parameters (19 MiB, t=2, p=1) and verifies that password only', async () => {
    const stored = await hashPassword('correct horse');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword('correct horse', stored)).toBe(true);
    expect(await verifyPassword('wrong horse', stored)).toBe(false);
    expect(needsRehash(stored)).toBe(false);
  });

  it('still verifies an old scrypt hash, and says it needs rehashing', async () => {
    const old = oldScryptHash('correct horse');
    expect(await verifyPassword('correct horse', old)).toBe(true);
    expect(await verifyPassword('wrong horse', old)).toBe(false);
    expect(needsRehash(old)).toBe(true);
  });

  it('asks to rehash an argon2 hash with weaker parameters than today, or another variant', () => {
    expect(needsRehash('$argon2id$v=19$m=4096,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA')).toBe(true);
    expect(needsRehash('$argon2id$v=19$m=19456,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA')).toBe(true);
    expect(needsRehash('$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA')).toBe(true);
  });

  it('refuses, without throwing, a stored value of no known scheme or a broken one', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', '$argon2id$v=19$broken')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$3$8$1$c2FsdA$a2V5')).toBe(false);
  });

  it('makes the unknown-email dummy hash once, on first use, as a real argon2id hash', async () => {
    const first = dummyHashForUnknownEmail();
    expect(dummyHashForUnknownEmail()).toBe(first);
    const dummy = await first;
    expect(dummy).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    // Nobody knows its password: any attempt against it fails, after the same work as a real check.
    expect(await verifyPassword('', dummy)).toBe(false);
  });
});
