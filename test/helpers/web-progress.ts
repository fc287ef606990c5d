/** The progress answer's shapes as the dashboard receives them, for the web-side unit tests. */
import type { ProgressMonth, StateProgress } from '../../web/src/lib/types.ts';

export const month = (key: string, patch: Partial<ProgressMonth> = {}): ProgressMonth => ({
  month: key,
  callRequired: true,
  callStatus: 'upcoming',
  heldCalls: 0,
  scheduledCalls: 0,
  visits: [],
  checkpoints: [],
  coachId: null,
  ...patch,
});

export const state = (code: string, patch: Partial<StateProgress> = {}): StateProgress => ({
  stateCode: code,
  stateName: code === 'AR' ? 'Arkansas' : 'Kentucky',
  tier: 'intensive',
  coaches: [],
  months: [month('2026-10', { callStatus: 'held', heldCalls: 2 })],
  checkpoints: [],
  milestones: { total: 4, completed: 1, inProgress: 1, atRisk: 0, deferred: 0, overdue: 1, percentComplete: 25 },
  actionItems: { open: 2, overdue: 1 },
  missedMonths: 0,
  lastContactOn: '2026-10-20',
  daysSinceContact: 3,
  health: 'needs_attention',
  reasons: ['1 milestone overdue', 'No call, yet'],
  ...patch,
});
