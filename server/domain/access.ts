/**
 * Who may touch what: the brief's role table as data, and the one function every service asks.
 * Anything outside a user's states is "hidden" (the API answers 404 so ids do not leak); anything
 * visible that the role may not do is "forbidden" (403).
 */
export type Role = 'staff' | 'coach' | 'state_lead' | 'state_member';
export type Area = 'setup' | 'engagement' | 'assessment' | 'plan' | 'progress' | 'audit';
export type Action = 'read' | 'write' | 'comment';

export interface Actor {
  id: string;
  role: Role;
  /** Home state of a state lead or member. */
  stateCode: string | null;
  /** States a coach is paired with now or later in a current pairing. */
  pairedStates: string[];
}

const roleActions: Record<Area, Record<Role, readonly Action[]>> = {
  setup: { staff: ['read', 'write'], coach: ['read'], state_lead: ['read'], state_member: ['read'] },
  engagement: { staff: ['read', 'write'], coach: ['read', 'write'], state_lead: ['read'], state_member: ['read'] },
  assessment: { staff: ['read', 'write'], coach: ['read', 'write'], state_lead: ['read', 'write'], state_member: ['read'] },
  plan: {
    staff: ['read', 'write', 'comment'],
    coach: ['read', 'comment'],
    state_lead: ['read', 'write', 'comment'],
    state_member: ['read'],
  },
  progress: { staff: ['read'], coach: ['read'], state_lead: ['read'], state_member: ['read'] },
  audit: { staff: ['read'], coach: [], state_lead: [], state_member: [] },
};

/** The states an actor can see: every state for staff, otherwise a list. */
export function visibleStates(actor: Actor): 'all' | string[] {
  switch (actor.role) {
    case 'staff':
      return 'all';
    case 'coach':
      return actor.pairedStates;
    default:
      return actor.stateCode ? [actor.stateCode] : [];
  }
}

export function canSeeState(actor: Actor, stateCode: string): boolean {
  const visible = visibleStates(actor);
  return visible === 'all' || visible.includes(stateCode);
}

export function roleMay(role: Role, area: Area, action: Action): boolean {
  return roleActions[area][role].includes(action);
}

export type Decision = 'allowed' | 'hidden' | 'forbidden';

/** Decide one action on a record of a state (or on a record that belongs to no state, with null). */
export function decide(actor: Actor, area: Area, action: Action, stateCode: string | null): Decision {
  if (stateCode !== null && !canSeeState(actor, stateCode)) return 'hidden';
  if (!roleMay(actor.role, area, 'read')) return 'hidden';
  return roleMay(actor.role, area, action) ? 'allowed' : 'forbidden';
}

/** A state member may update the status of a milestone they own, and nothing else on the plan. */
export function mayUpdateMilestone(actor: Actor, stateCode: string, ownerId: string | null): Decision {
  const plan = decide(actor, 'plan', 'write', stateCode);
  if (plan !== 'forbidden') return plan;
  return actor.role === 'state_member' && ownerId === actor.id ? 'allowed' : 'forbidden';
}

/** Coach-only notes are for the TA side: staff and coaches, never state users. */
export const seesCoachNotes = (actor: Actor) => actor.role === 'staff' || actor.role === 'coach';
