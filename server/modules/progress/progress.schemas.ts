import { Type } from 'typebox';
import { IsoDay, Nullable, StateCode, Uuid } from '../../lib/schemas.ts';
import { Tier } from '../participations/participations.schemas.ts';
import { ActivityKind } from '../program-years/program-years.schemas.ts';
import { VisitStatus } from '../site-visits/site-visits.schemas.ts';

export const ProgressQuery = Type.Object(
  {
    programYear: Type.Optional(Uuid),
    state: Type.Optional(StateCode),
    tier: Type.Optional(Type.Union([Type.Literal('intensive'), Type.Literal('light_touch')])),
    coach: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);

const CheckpointStatus = Type.Union([Type.Literal('met'), Type.Literal('met_late'), Type.Literal('pending'), Type.Literal('overdue')]);

const MonthCell = Type.Object({
  month: Type.String({ description: 'yyyy-MM' }),
  callRequired: Type.Boolean(),
  callStatus: Type.Union(
    [Type.Literal('held'), Type.Literal('scheduled'), Type.Literal('missed'), Type.Literal('due'), Type.Literal('upcoming'), Type.Literal('not_required')],
    { description: 'held: a call was held; missed: the month passed without one; due: this month, none yet' },
  ),
  heldCalls: Type.Integer(),
  scheduledCalls: Type.Integer(),
  visits: Type.Array(Type.Object({ number: Type.Integer(), status: VisitStatus })),
  checkpoints: Type.Array(Type.Object({ kind: Type.String(), status: CheckpointStatus })),
  coachId: Nullable(Type.String()),
});

const StateRow = Type.Object({
  stateCode: Type.String(),
  stateName: Type.String(),
  tier: Tier,
  coaches: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  months: Type.Array(MonthCell),
  checkpoints: Type.Array(
    Type.Object({
      kind: Type.String(),
      title: Type.String(),
      dueOn: Type.String(),
      status: CheckpointStatus,
      metOn: Nullable(Type.String()),
      done: Type.Integer(),
      required: Type.Integer(),
    }),
  ),
  milestones: Type.Object({
    total: Type.Integer(),
    completed: Type.Integer(),
    inProgress: Type.Integer(),
    atRisk: Type.Integer(),
    deferred: Type.Integer(),
    overdue: Type.Integer(),
    percentComplete: Type.Integer(),
  }),
  actionItems: Type.Object({
    open: Type.Integer(),
    overdue: Type.Integer({ description: 'Not done and due before today in the state’s calendar' }),
  }),
  missedMonths: Type.Integer(),
  lastContactOn: Nullable(Type.String()),
  daysSinceContact: Nullable(Type.Integer()),
  health: Type.Union([Type.Literal('on_track'), Type.Literal('needs_attention'), Type.Literal('behind')]),
  reasons: Type.Array(Type.String()),
});

export const ProgressView = Type.Object({
  programYear: Type.Object({ id: Type.String(), name: Type.String(), startsOn: IsoDay, endsOn: IsoDay }),
  today: IsoDay,
  months: Type.Array(Type.Object({ key: Type.String(), label: Type.String(), startsOn: IsoDay, endsOn: IsoDay })),
  activities: Type.Array(
    Type.Object({
      id: Type.String(),
      kind: ActivityKind,
      title: Type.String(),
      startsOn: IsoDay,
      endsOn: IsoDay,
      dueOn: Nullable(IsoDay),
      requiredCount: Type.Integer(),
    }),
  ),
  states: Type.Array(StateRow),
  summary: Type.Object({ onTrack: Type.Integer(), needsAttention: Type.Integer(), behind: Type.Integer() }),
});

