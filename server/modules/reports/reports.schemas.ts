import { Type } from 'typebox';
import { IsoDay, Nullable, StateCode, Uuid } from '../../lib/schemas.ts';

export const StateReportParams = Type.Object({ code: StateCode }, { additionalProperties: false });
export const StateReportQuery = Type.Object(
  { programYear: Type.Optional({ ...Uuid, description: 'Program year id (default: the one containing today)' }) },
  { additionalProperties: false },
);

const Average = Nullable(Type.Number({ description: 'Mean rating on the 1–4 scale, to one decimal' }));
const Tier = Type.Union([Type.Literal('intensive'), Type.Literal('light_touch')]);
const Health = Type.Union([Type.Literal('on_track'), Type.Literal('needs_attention'), Type.Literal('behind')]);
const CheckpointStatus = Type.Union([Type.Literal('met'), Type.Literal('met_late'), Type.Literal('pending'), Type.Literal('overdue')]);
const MilestoneStatus = Type.Union([
  Type.Literal('not_started'),
  Type.Literal('in_progress'),
  Type.Literal('completed'),
  Type.Literal('at_risk'),
  Type.Literal('deferred'),
]);

const YearRef = Type.Object({ id: Type.String(), name: Type.String(), startsOn: IsoDay, endsOn: IsoDay });

const DomainGrowth = Type.Object({
  key: Type.String(),
  title: Type.String(),
  baseline: Average,
  reassessment: Average,
  change: Nullable(Type.Number({ description: 'Reassessment minus baseline, to one decimal' })),
});

/** The headline figures, for one state or added up across states. */
const Figures = {
  callsHeld: Type.Integer(),
  callMonthsMet: Type.Integer({ description: 'Months of the call window with a held call' }),
  callMonthsExpected: Type.Integer({ description: 'Months of the call window begun by today' }),
  visitsCompleted: Type.Integer(),
  visitsRequired: Type.Integer(),
  eventsAttended: Type.Integer(),
  eventsHeld: Type.Integer({ description: 'Events of the year held by today' }),
  checkpointsOnTime: Type.Integer(),
  checkpointsLate: Type.Integer(),
  checkpointsOverdue: Type.Integer(),
  milestonesTotal: Type.Integer(),
  milestonesCompleted: Type.Integer(),
  milestonesCompletedOnTime: Type.Integer(),
  milestonesOverdue: Type.Integer(),
  baselineAverage: Average,
  reassessmentAverage: Average,
  growth: Nullable(Type.Number()),
};

export const StateReport = Type.Object({
  programYear: YearRef,
  today: IsoDay,
  state: Type.Object({ code: Type.String(), name: Type.String(), tier: Tier, coaches: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })) }),
  health: Health,
  figures: Type.Object(Figures),
  summary: Type.String({ description: 'The report in one line, built from its figures' }),
  growth: Type.Object({
    baselineCompletedOn: Nullable(IsoDay),
    reassessmentCompletedOn: Nullable(IsoDay),
    domains: Type.Array(DomainGrowth),
    overall: Type.Object({ baseline: Average, reassessment: Average, change: Nullable(Type.Number()), domainsCompared: Type.Integer() }),
  }),
  engagement: Type.Object({
    calls: Type.Object({
      held: Type.Integer(),
      monthsMet: Type.Integer(),
      monthsExpected: Type.Integer(),
      monthsInWindow: Type.Integer(),
      missedMonths: Type.Array(Type.String({ description: 'yyyy-MM' })),
    }),
    visits: Type.Object({ completed: Type.Integer(), required: Type.Integer() }),
    events: Type.Object({
      attended: Type.Integer(),
      held: Type.Integer(),
      list: Type.Array(
        Type.Object({
          title: Type.String(),
          kind: Type.String(),
          date: IsoDay,
          status: Type.Union([Type.Literal('attended'), Type.Literal('absent'), Type.Literal('excused'), Type.Literal('not_recorded')]),
        }),
      ),
    }),
    checkpoints: Type.Array(
      Type.Object({
        kind: Type.String(),
        title: Type.String(),
        dueOn: IsoDay,
        status: CheckpointStatus,
        metOn: Nullable(IsoDay),
        done: Type.Integer(),
        required: Type.Integer(),
      }),
    ),
    checkpointTally: Type.Object({ onTime: Type.Integer(), late: Type.Integer(), overdue: Type.Integer(), pending: Type.Integer() }),
  }),
  milestones: Type.Object({
    total: Type.Integer(),
    overdue: Type.Integer(),
    percentComplete: Type.Integer(),
    byStatus: Type.Object({
      not_started: Type.Integer(),
      in_progress: Type.Integer(),
      completed: Type.Integer(),
      at_risk: Type.Integer(),
      deferred: Type.Integer(),
    }),
    completedOnTime: Type.Integer(),
    completedLate: Type.Integer(),
    completed: Type.Array(
      Type.Object({ title: Type.String(), goalTitle: Type.String(), dueOn: IsoDay, completedOn: IsoDay, status: MilestoneStatus, onTime: Type.Boolean() }),
    ),
  }),
});

export const CrossStateReport = Type.Object({
  programYear: YearRef,
  today: IsoDay,
  states: Type.Array(Type.Object({ stateCode: Type.String(), stateName: Type.String(), tier: Tier, health: Health, summary: Type.String(), ...Figures })),
  totals: Type.Object(Figures, { description: 'Counts added up; averages and growth are the mean over the states that have them' }),
  growth: Type.Array(Type.Object({ ...DomainGrowth.properties, statesCompared: Type.Integer() })),
});
