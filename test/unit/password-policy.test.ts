import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX_LENGTH, passwordProblem } from '../../server/domain/password-policy.ts';

const owner = { email: 'nan.dare@example.org', name: 'Nan Dare' };

describe('passwordProblem', () => {
  it.each(['correct-horse-battery', 'kangaroo violet lamp', 'Tr0ub4dor&3-staple', 'ünïcödé-wörds-høld-up'])('accepts %j', async (password) => {
    expect(await passwordProblem(password, owner)).toBeNull();
  });

  it('asks for 12 characters at least, counting characters rather than bytes', async () => {
    expect(await passwordProblem('password', owner)).toMatch(/^password: must be at least 12 characters/);
    expect(await passwordProblem('k9#vQ2!mZr4', owner)).toMatch(/at least 12/);
    // 11 emoji are 22 UTF-16 units but 11 characters: too short; 12 of them are enough.
    expect(await passwordProblem('🦘🌂🪁🧭🎻🦉🍋🧲🪴🛶🧵', owner)).toMatch(/at least 12/);
    expect(await passwordProblem('🦘🌂🪁🧭🎻🦉🍋🧲🪴🛶🧵🪗', owner)).toBeNull();
  });

  it('refuses more than the longest a person types', async () => {
    expect(await passwordProblem('k9#vQ2!m '.repeat(40).slice(0, PASSWORD_MAX_LENGTH + 1), owner)).toMatch(/^password: must be at most 256 characters/);
  });

  it.each(['123456789012', 'qwerty123456', '1q2w3e4r5t6y', 'PASSWORD1234'])('refuses %j, a password of the breach lists', async (password) => {
    expect(await passwordProblem(password, owner)).toMatch(/^password: is one of the most common passwords|^password: is too easy to guess/);
  });

  it.each([
    ['kitten-kitten-kitten', /repeated pattern/],
    ['zxcvbnmasdfg', /common password/],
    ['aaaaaaaaaaaaaa', /repeated characters/],
    ['abcdefghijklmn', /sequence/],
    ['iloveyou2024', /common password/],
    ['Password123!', /common password/],
  ])('refuses %j as too easy to guess, saying why', async (password, why) => {
    const problem = await passwordProblem(password, owner);
    expect(problem).toMatch(/^password: is too easy to guess/);
    expect(problem).toMatch(why);
  });

  it.each(['nan.dare-2026-lamp!', 'NanDare!violet#lamp', 'the-dare-devil-lamp-42', 'NAN DARE KANGAROO'])(
    'refuses %j, which holds the email local part or the name',
    async (password) => {
      expect(await passwordProblem(password, owner)).toBe('password: must not contain the email address or the name of the account');
    },
  );

  it('lets short name parts (3 letters or fewer) appear in other words', async () => {
    expect(await passwordProblem('nantucket-violet-lamp', { email: 'jo@example.org', name: 'Jo Nan' })).toBeNull();
  });

  it('judges a very long password by its first 64 characters quickly', async () => {
    const started = performance.now();
    expect(await passwordProblem('k9#vQ2!mZr4x'.repeat(21), owner)).toBeNull();
    // Not a timing assertion on the machine's speed: zxcvbn on all 252 characters takes ~1 s, on 64 ~10 ms.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
