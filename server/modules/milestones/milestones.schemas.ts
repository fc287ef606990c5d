import { Type } from 'typebox';
import { IsoDay, Nullable, Page, Timestamp, Uuid, yearStateRangeQuery } from '../../lib/schemas.ts';
import { Position, Title, Version } from '../plans/plan-fields.ts';

export const MilestoneStatus = Type.Union(
  [Type.Literal('not_started'), Type.Literal('in_progress'), Type.Literal('completed'), Type.Literal('at_risk'), Type.Literal('deferred')],
  { description: 'Changed only through POST /api/milestones/:id/updates, which keeps the history' },
);

const OwnerName = Type.String({ maxLength: 200, description: 'For an owner without an account; an owner with one is shown by their account name' });
/** Evidence is a link the team can open: http or https only (no javascript:, data: or file: links). */
export const EvidenceUrl = Type.String({ format: 'uri', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$', maxLength: 2000, description: 'An http(s) link to the evidence' });

export const MilestoneUpdateEntry = Type.Object({
  id: Type.String(),
  milestoneId: Type.String(),
  authorId: Nullable(Type.String()),
  authorName: Nullable(Type.String()),
  createdAt: Timestamp,
  oldStatus: Nullable(MilestoneStatus),
  newStatus: MilestoneStatus,
  comment: Type.String(),
  evidenceUrl: Nullable(Type.String()),
});

export const milestoneFields = {
  id: Type.String(),
  goalId: Type.String(),
  title: Type.String(),
  ownerId: Nullable(Type.String()),
  ownerName: Type.String(),
  dueOn: Type.String(),
  status: MilestoneStatus,
  completedOn: Nullable(Type.String()),
  position: Type.Integer(),
  /** Due before today and neither completed nor deferred. */
  overdue: Type.Boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
};

/** A milestone inside a plan's goal, with its history newest first. */
export const PlanMilestone = Type.Object({ ...milestoneFields, history: Type.Array(MilestoneUpdateEntry) });

const placeFields = {
  planId: Type.String(),
  programYearId: Type.String(),
  stateCode: Type.String(),
  goalTitle: Type.String(),
};

export const MilestoneListItem = Type.Object({ ...milestoneFields, ...placeFields });
export const Milestone = Type.Object({ ...milestoneFields, ...placeFields, history: Type.Array(MilestoneUpdateEntry) });
export const MilestoneList = Page(MilestoneListItem);

export const MilestoneQuery = Type.Object(
  {
    ...yearStateRangeQuery,
    plan: Type.Optional(Uuid),
    goal: Type.Optional(Uuid),
    status: Type.Optional(MilestoneStatus),
    owner: Type.Optional(Type.String({ format: 'uuid', description: 'Owner user id' })),
    overdue: Type.Optional(Type.Boolean({ description: 'true: only overdue milestones; false: only those not overdue' })),
  },
  { additionalProperties: false },
);

export const MilestoneCreate = Type.Object(
  {
    goalId: Uuid,
    title: Title,
    ownerId: Type.Optional(Nullable(Uuid)),
    ownerName: Type.Optional(OwnerName),
    dueOn: IsoDay,
    status: Type.Optional(MilestoneStatus),
    position: Type.Optional(Position),
  },
  { additionalProperties: false },
);

export const MilestoneUpdate = Type.Object(
  {
    title: Type.Optional(Title),
    dueOn: Type.Optional(IsoDay),
    ownerId: Type.Optional(Nullable(Uuid)),
    ownerName: Type.Optional(OwnerName),
    position: Type.Optional(Position),
    version: Type.Optional(Version),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const StatusUpdateCreate = Type.Object(
  {
    status: MilestoneStatus,
    comment: Type.Optional(Type.String({ maxLength: 5000 })),
    evidenceUrl: Type.Optional(Nullable(EvidenceUrl)),
    version: Type.Optional(Version),
  },
  { additionalProperties: false },
);

