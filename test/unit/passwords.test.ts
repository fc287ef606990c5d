import { describe, expect, it } from 'vitest';
import { dummyHashForUnknownEmail, hashPassword, verifyPassword } from '../../server/lib/passwords.ts';

describe('passwords', () => {
  it('verifies the password a hash was made from, and only that one', async () => {
    const stored = await hashPassword('correct horse');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('correct horse', stored)).toBe(true);
    expect(await verifyPassword('wrong horse', stored)).toBe(false);
  });

  it('makes the unknown-email dummy hash once, on first use, as a real scrypt hash', async () => {
    const first = dummyHashForUnknownEmail();
    expect(dummyHashForUnknownEmail()).toBe(first);
    const dummy = await first;
    expect(dummy).toMatch(/^scrypt\$32768\$8\$1\$/);
    // Nobody knows its password: any attempt against it fails, after the same work as a real check.
    expect(await verifyPassword('', dummy)).toBe(false);
  });
});
