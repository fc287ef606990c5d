/**
 * What a new password must be (NIST SP 800-63B §3.1.1.2): long enough, not one of the passwords attackers try
 * first, and not made of the account's own email or name. No composition rules (NIST advises against them).
 * Passwords set before these rules keep working for sign-in; only setting a new one is checked.
 */
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
/** zxcvbn's score from 0 to 4; 3 is "safely unguessable" against an online attack, and a fair one offline. */
const MIN_SCORE = 3;
// zxcvbn's time grows quickly with length (~0.8 s for 256 random characters); the first 64 tell enough.
const ESTIMATE_LENGTH = 64;

export interface PasswordOwner {
  email: string;
  name: string;
}

let strength: Promise<{ estimator: ZxcvbnFactory; commonPasswords: Set<string> }> | undefined;

/**
 * Loaded on the first check rather than at start (~0.1 s, a few MB): the ~49,000 most common passwords of
 * breaches, and keyboard layouts for patterns. Shipped inside the packages; nothing is fetched.
 */
function loadStrength() {
  strength ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(([core, common]) => ({
    estimator: new core.ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs, maxLength: ESTIMATE_LENGTH }),
    commonPasswords: new Set(common.dictionary['passwords-common']),
  }));
  return strength;
}

const WHY: Record<string, string> = {
  straightRow: 'a row of keys',
  keyPattern: 'a keyboard pattern',
  simpleRepeat: 'repeated characters',
  extendedRepeat: 'a repeated pattern',
  sequences: 'a sequence like abc or 123',
  recentYears: 'a recent year',
  dates: 'a date',
  similarToCommon: 'close to a common password',
  topTen: 'one of the most common passwords',
  topHundred: 'one of the most common passwords',
  common: 'a common password',
  wordByItself: 'a single word',
  namesByThemselves: 'names alone',
  commonNames: 'common names',
};

/** Lower case, letters and digits only: "Nan-Dare" and "nandare" are the same thing to a guesser. */
const compact = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The parts of the owner's email local part and name long enough to matter (4+ characters), and each whole. */
function ownWords(owner: PasswordOwner): string[] {
  const local = owner.email.split('@')[0] ?? '';
  const parts = [...local.split(/[^\p{L}\p{N}]+/u), ...owner.name.split(/[^\p{L}\p{N}]+/u)].map(compact).filter((part) => part.length >= 4);
  const wholes = [compact(local), compact(owner.name)].filter((whole) => whole.length >= 3);
  return [...new Set([...wholes, ...parts])];
}

/**
 * Why `password` may not be set for `owner`, in words for the person choosing it (prefixed with the field, as
 * the API's 400 messages are), or null when it may.
 */
export async function passwordProblem(password: string, owner: PasswordOwner): Promise<string | null> {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `password: must be at least ${PASSWORD_MIN_LENGTH} characters (a few unrelated words make a good one)`;
  if (length > PASSWORD_MAX_LENGTH) return `password: must be at most ${PASSWORD_MAX_LENGTH} characters`;
  const squeezed = compact(password);
  if (ownWords(owner).some((word) => squeezed.includes(word))) return 'password: must not contain the email address or the name of the account';
  const { estimator, commonPasswords } = await loadStrength();
  if (commonPasswords.has(password.toLowerCase())) return 'password: is one of the most common passwords; choose another';
  const result = estimator.check(password);
  if (result.score < MIN_SCORE) {
    const why = WHY[result.feedback.warning ?? ''];
    return `password: is too easy to guess${why ? ` (${why})` : ''}; a few unrelated words make a strong one`;
  }
  return null;
}
