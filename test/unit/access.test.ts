import { describe, expect, it } from 'vitest';
import {
  type Action,
  type Actor,
  type Area,
  type Decision,
  type Role,
  canSeeState,
  decide,
  mayUpdateMilestone,
  roleMay,
  seesCoachNotes,
  visibleStates,
} from '../../server/domain/access.ts';

/** AR is the coach's paired state and the lead's and member's home state; IA is nobody's but staff's. */
const OWN = 'AR';
const OTHER = 'IA';

const actors: Record<Role, Actor> = {
  staff: { id: 'u-staff', role: 'staff', stateCode: null, pairedStates: [] },
  coach: { id: 'u-coach', role: 'coach', stateCode: null, pairedStates: [OWN, 'HI'] },
  state_lead: { id: 'u-lead', role: 'state_lead', stateCode: OWN, pairedStates: [] },
  state_member: { id: 'u-member', role: 'state_member', stateCode: OWN, pairedStates: [] },
};

type Scope = 'own' | 'other' | 'none';
const stateFor: Record<Scope, string | null> = { own: OWN, other: OTHER, none: null };
const scopeWords: Record<Scope, string> = {
  own: `${OWN} (home or paired)`,
  other: `${OTHER} (not theirs)`,
  none: 'a record of no state',
};

/**
 * The brief's role table, written out. Each cell is the decision for read, write and comment, in that
 * order: A allowed, F forbidden (visible, 403), H hidden (404).
 */
type Cell = `${'A' | 'F' | 'H'}${'A' | 'F' | 'H'}${'A' | 'F' | 'H'}`;
type Row = Record<Scope, Cell>;
const everywhere = (cell: Cell): Row => ({ own: cell, other: cell, none: cell });
/** Own state and records of no state get `cell`; any other state is hidden. */
const ownOnly = (cell: Cell): Row => ({ own: cell, other: 'HHH', none: cell });

const table: Record<Role, Record<Area, Row>> = {
  staff: {
    setup: everywhere('AAF'),
    engagement: everywhere('AAF'),
    assessment: everywhere('AAF'),
    plan: everywhere('AAA'),
    progress: everywhere('AFF'),
    audit: everywhere('AFF'),
  },
  coach: {
    setup: ownOnly('AFF'),
    engagement: ownOnly('AAF'),
    assessment: ownOnly('AAF'),
    plan: ownOnly('AFA'),
    progress: ownOnly('AFF'),
    audit: everywhere('HHH'),
  },
  state_lead: {
    setup: ownOnly('AFF'),
    engagement: ownOnly('AFF'),
    assessment: ownOnly('AAF'),
    plan: ownOnly('AAA'),
    progress: ownOnly('AFF'),
    audit: everywhere('HHH'),
  },
  state_member: {
    setup: ownOnly('AFF'),
    engagement: ownOnly('AFF'),
    assessment: ownOnly('AFF'),
    plan: ownOnly('AFF'),
    progress: ownOnly('AFF'),
    audit: everywhere('HHH'),
  },
};

const letter: Record<string, Decision> = { A: 'allowed', F: 'forbidden', H: 'hidden' };
const actions: Action[] = ['read', 'write', 'comment'];
const cases = (Object.keys(table) as Role[]).flatMap((role) =>
  (Object.keys(table[role]) as Area[]).flatMap((area) =>
    (['own', 'other', 'none'] as Scope[]).flatMap((scope) =>
      actions.map((action, i) => ({ role, area, scope, action, expected: letter[table[role][area][scope][i]] })),
    ),
  ),
);

describe('decide: the role table', () => {
  it('covers every role × area × action × scope', () => {
    expect(cases).toHaveLength(4 * 6 * 3 * 3);
  });

  for (const { role, area, scope, action, expected } of cases) {
    it(`${role}: ${action} ${area}, ${scope === 'none' ? 'on' : 'in'} ${scopeWords[scope]} → ${expected}`, () => {
      expect(decide(actors[role], area, action, stateFor[scope])).toBe(expected);
    });
  }
});

describe('decide: the rules in words', () => {
  it('lets staff read and write everything in every state', () => {
    for (const area of ['setup', 'engagement', 'assessment', 'plan'] as Area[]) {
      for (const state of [OWN, OTHER, 'ZZ', null]) {
        expect(decide(actors.staff, area, 'read', state)).toBe('allowed');
        expect(decide(actors.staff, area, 'write', state)).toBe('allowed');
      }
    }
  });

  it('lets staff read the audit trail but never change it', () => {
    expect(decide(actors.staff, 'audit', 'read', null)).toBe('allowed');
    expect(decide(actors.staff, 'audit', 'write', null)).toBe('forbidden');
    expect(decide(actors.staff, 'audit', 'write', OTHER)).toBe('forbidden');
  });

  it('hides the audit trail from everyone but staff, even with no state', () => {
    for (const role of ['coach', 'state_lead', 'state_member'] as Role[]) {
      expect(decide(actors[role], 'audit', 'read', null)).toBe('hidden');
      expect(decide(actors[role], 'audit', 'read', OWN)).toBe('hidden');
    }
  });

  it('lets a coach log calls and assessments for a paired state, and comment on (not write) its plan', () => {
    expect(decide(actors.coach, 'engagement', 'write', OWN)).toBe('allowed');
    expect(decide(actors.coach, 'assessment', 'write', OWN)).toBe('allowed');
    expect(decide(actors.coach, 'plan', 'comment', OWN)).toBe('allowed');
    expect(decide(actors.coach, 'plan', 'write', OWN)).toBe('forbidden');
    expect(decide(actors.coach, 'setup', 'write', OWN)).toBe('forbidden');
  });

  it('hides every other state from a coach, whatever the action', () => {
    for (const area of ['setup', 'engagement', 'assessment', 'plan', 'progress'] as Area[]) {
      for (const action of actions) expect(decide(actors.coach, area, action, OTHER)).toBe('hidden');
    }
  });

  it('lets a coach see each of several paired states', () => {
    expect(decide(actors.coach, 'progress', 'read', 'HI')).toBe('allowed');
    expect(decide(actors.coach, 'engagement', 'write', 'HI')).toBe('allowed');
  });

  it('hides every state from a coach with no pairing', () => {
    const unpaired: Actor = { ...actors.coach, pairedStates: [] };
    expect(decide(unpaired, 'progress', 'read', OWN)).toBe('hidden');
    expect(decide(unpaired, 'setup', 'read', null)).toBe('allowed');
  });

  it('lets a state lead write the assessment and plan of the home state but not calls or visits', () => {
    expect(decide(actors.state_lead, 'assessment', 'write', OWN)).toBe('allowed');
    expect(decide(actors.state_lead, 'plan', 'write', OWN)).toBe('allowed');
    expect(decide(actors.state_lead, 'engagement', 'read', OWN)).toBe('allowed');
    expect(decide(actors.state_lead, 'engagement', 'write', OWN)).toBe('forbidden');
    expect(decide(actors.state_lead, 'plan', 'read', OTHER)).toBe('hidden');
  });

  it('lets a state member only read the home state', () => {
    for (const area of ['setup', 'engagement', 'assessment', 'plan', 'progress'] as Area[]) {
      expect(decide(actors.state_member, area, 'read', OWN)).toBe('allowed');
      expect(decide(actors.state_member, area, 'write', OWN)).toBe('forbidden');
      expect(decide(actors.state_member, area, 'read', OTHER)).toBe('hidden');
    }
  });

  it('hides every state from a state user without a home state', () => {
    const homeless: Actor = { ...actors.state_lead, stateCode: null };
    expect(decide(homeless, 'plan', 'read', OWN)).toBe('hidden');
    expect(decide(homeless, 'setup', 'read', null)).toBe('allowed');
  });

  it('answers hidden, not forbidden, for another state even where the role could never act', () => {
    expect(decide(actors.state_member, 'plan', 'write', OTHER)).toBe('hidden');
    expect(decide(actors.coach, 'setup', 'write', OTHER)).toBe('hidden');
  });
});

describe('visibleStates and canSeeState', () => {
  it('gives staff every state', () => {
    expect(visibleStates(actors.staff)).toBe('all');
    expect(canSeeState(actors.staff, 'ZZ')).toBe(true);
  });

  it("gives a coach the paired states and a state user the home state", () => {
    expect(visibleStates(actors.coach)).toEqual([OWN, 'HI']);
    expect(visibleStates(actors.state_lead)).toEqual([OWN]);
    expect(visibleStates(actors.state_member)).toEqual([OWN]);
    expect(visibleStates({ ...actors.state_member, stateCode: null })).toEqual([]);
    expect(canSeeState(actors.coach, OTHER)).toBe(false);
    expect(canSeeState(actors.state_member, OWN)).toBe(true);
  });

  it('ignores a home state on a coach and pairings on a state user', () => {
    expect(visibleStates({ ...actors.coach, stateCode: OTHER })).toEqual([OWN, 'HI']);
    expect(visibleStates({ ...actors.state_lead, pairedStates: [OTHER] })).toEqual([OWN]);
  });
});

describe('roleMay', () => {
  it('reads the table without regard to state', () => {
    expect(roleMay('coach', 'plan', 'comment')).toBe(true);
    expect(roleMay('coach', 'plan', 'write')).toBe(false);
    expect(roleMay('state_member', 'plan', 'comment')).toBe(false);
    expect(roleMay('staff', 'audit', 'write')).toBe(false);
  });
});

describe('mayUpdateMilestone', () => {
  const member = actors.state_member;

  it.each([
    ['a state member who owns the milestone', 'allowed', member, OWN, member.id],
    ["a state member who does not own the milestone", 'forbidden', member, OWN, 'u-someone-else'],
    ['a state member, for a milestone with no owner', 'forbidden', member, OWN, null],
    ["a state member, for another state's milestone (even one naming them owner)", 'hidden', member, OTHER, member.id],
    ['the state lead, whoever owns it', 'allowed', actors.state_lead, OWN, 'u-someone-else'],
    ['the state lead, for another state', 'hidden', actors.state_lead, OTHER, actors.state_lead.id],
    ['the paired coach (comment only)', 'forbidden', actors.coach, OWN, null],
    ['the paired coach, even when named owner', 'forbidden', actors.coach, OWN, actors.coach.id],
    ['a coach not paired with the state', 'hidden', actors.coach, OTHER, null],
    ['staff, in any state', 'allowed', actors.staff, OTHER, null],
  ] as [string, Decision, Actor, string, string | null][])('%s → %s', (_who, expected, actor, state, ownerId) => {
    expect(mayUpdateMilestone(actor, state, ownerId)).toBe(expected);
  });
});

describe('seesCoachNotes', () => {
  it('shows coach-only notes to staff and coaches, never to state users', () => {
    expect(seesCoachNotes(actors.staff)).toBe(true);
    expect(seesCoachNotes(actors.coach)).toBe(true);
    expect(seesCoachNotes(actors.state_lead)).toBe(false);
    expect(seesCoachNotes(actors.state_member)).toBe(false);
  });
});
