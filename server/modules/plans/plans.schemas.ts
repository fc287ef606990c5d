import { Type } from 'typebox';
import { Page, StateCode, Text, Timestamp, Uuid, listQuery } from '../../lib/schemas.ts';
import { goalFields } from '../goals/goals.schemas.ts';
import { PlanMilestone } from '../milestones/milestones.schemas.ts';
import { PlanComment } from '../plan-comments/plan-comments.schemas.ts';
import { Title, Version } from './plan-fields.ts';

const planFields = {
  id: Type.String(),
  programYearId: Type.String(),
  stateCode: Type.String(),
  title: Type.String(),
  vision: Type.String(),
  goalCount: Type.Integer({ minimum: 0 }),
  milestoneCount: Type.Integer({ minimum: 0 }),
  completedCount: Type.Integer({ minimum: 0 }),
  overdueCount: Type.Integer({ minimum: 0 }),
  percentComplete: Type.Integer({ minimum: 0, maximum: 100, description: 'Completed milestones as a share of those not deferred' }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
};

export const PlanSummary = Type.Object(planFields);
export const PlanGoal = Type.Object({ ...goalFields, milestones: Type.Array(PlanMilestone) });
export const Plan = Type.Object({ ...planFields, goals: Type.Array(PlanGoal), comments: Type.Array(PlanComment) });
export const PlanList = Page(PlanSummary);

export const PlanQuery = Type.Object(
  { ...listQuery, programYear: Type.Optional(Uuid), state: Type.Optional(StateCode) },
  { additionalProperties: false },
);

export const PlanCreate = Type.Object(
  {
    programYearId: Uuid,
    stateCode: StateCode,
    title: Title,
    vision: Type.Optional(Text(10000)),
  },
  { additionalProperties: false },
);

export const PlanUpdate = Type.Object(
  {
    title: Type.Optional(Title),
    vision: Type.Optional(Text(10000)),
    version: Type.Optional(Version),
  },
  { additionalProperties: false, minProperties: 1 },
);
