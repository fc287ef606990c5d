import { Type } from 'typebox';
import { versionField } from '../../lib/schema-parts.ts';
import { IsoDay, Nullable, Page, StateCode, Text, Timestamp, Uuid, listQuery } from '../../lib/schemas.ts';
import { Domain } from '../instruments/instruments.schemas.ts';
import { Version } from '../plans/plan-fields.ts';

const AssessmentKind = Type.Union([Type.Literal('baseline'), Type.Literal('reassessment')], {
  description: 'baseline: in the fall; reassessment: at year end, compared with the baseline',
});
const AssessmentStatus = Type.Union([Type.Literal('in_progress'), Type.Literal('completed')]);
/** 1 not started, 2 emerging, 3 developing, 4 established; whole numbers only. */
const Rating = Type.Integer({ minimum: 1, maximum: 4, description: '1 not started, 2 emerging, 3 developing, 4 established' });
const Average = Nullable(Type.Number({ description: 'Mean rating to one decimal; null when nothing is rated' }));

export const DomainScore = Type.Object({
  domainId: Type.String(),
  key: Type.String(),
  title: Type.String(),
  average: Average,
  rated: Type.Integer({ minimum: 0 }),
  indicators: Type.Integer({ minimum: 0 }),
  priorities: Type.Integer({ minimum: 0, description: 'Indicators flagged as a priority for development' }),
});

export const AssessmentResponse = Type.Object({
  id: Type.String(),
  indicatorId: Type.String(),
  rating: Rating,
  evidence: Type.String(),
  priority: Type.Boolean(),
  updatedAt: Timestamp,
});

const assessmentFields = {
  id: Type.String(),
  programYearId: Type.String(),
  stateCode: Type.String(),
  instrumentId: Type.String(),
  instrumentName: Type.String(),
  instrumentRevision: Type.Integer(),
  kind: AssessmentKind,
  status: AssessmentStatus,
  startedOn: Type.String(),
  completedOn: Nullable(Type.String()),
  indicatorCount: Type.Integer({ minimum: 0 }),
  ratedCount: Type.Integer({ minimum: 0 }),
  domainScores: Type.Array(DomainScore),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
};

export const AssessmentSummary = Type.Object(assessmentFields);
export const Assessment = Type.Object({ ...assessmentFields, domains: Type.Array(Domain), responses: Type.Array(AssessmentResponse) });
export const AssessmentList = Page(AssessmentSummary);

export const AssessmentQuery = Type.Object(
  {
    ...listQuery,
    programYear: Type.Optional(Uuid),
    state: Type.Optional(StateCode),
    kind: Type.Optional(AssessmentKind),
    status: Type.Optional(AssessmentStatus),
    from: Type.Optional(IsoDay),
    to: Type.Optional(IsoDay),
  },
  { additionalProperties: false },
);

export const AssessmentCreate = Type.Object(
  {
    programYearId: Uuid,
    stateCode: StateCode,
    kind: AssessmentKind,
    instrumentId: Type.Optional(Uuid),
    startedOn: IsoDay,
  },
  { additionalProperties: false },
);

export const AssessmentUpdate = Type.Object(
  {
    status: Type.Optional(AssessmentStatus),
    startedOn: Type.Optional(IsoDay),
    completedOn: Type.Optional(Nullable(IsoDay)),
    version: Type.Optional(Version),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const ResponsesInput = Type.Object(
  {
    responses: Type.Array(
      Type.Object(
        {
          indicatorId: Uuid,
          rating: Rating,
          evidence: Type.Optional(Text(5000)),
          priority: Type.Optional(Type.Boolean()),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 500 },
    ),
    ...versionField,
  },
  { additionalProperties: false },
);

const AssessmentRef = Nullable(
  Type.Object({ id: Type.String(), status: AssessmentStatus, startedOn: Type.String(), completedOn: Nullable(Type.String()), instrumentId: Type.String() }),
);

export const Growth = Type.Object({
  programYearId: Type.String(),
  stateCode: Type.String(),
  baseline: AssessmentRef,
  reassessment: AssessmentRef,
  domains: Type.Array(
    Type.Object({
      key: Type.String(),
      title: Type.String(),
      baseline: Average,
      reassessment: Average,
      change: Nullable(Type.Number({ description: 'Reassessment minus baseline, one decimal; null when either is missing' })),
    }),
  ),
});

export const GrowthQuery = Type.Object({ programYear: Uuid, state: StateCode }, { additionalProperties: false });
