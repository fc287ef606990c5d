import { Type } from 'typebox';
import { IsoDay, Name, Nullable, Page, StateCode, Text, Timestamp, Uuid, yearStateRangeQuery } from '../../lib/schemas.ts';
import { optionalFields, versionField } from '../../lib/schema-parts.ts';
import { ActionItem, ActionItemInput } from '../calls/calls.schemas.ts';

const VisitNumber = Type.Union([Type.Literal(1), Type.Literal(2)], { description: 'First or second visit of the year' });
export const VisitStatus = Type.Union([Type.Literal('proposed'), Type.Literal('scheduled'), Type.Literal('completed'), Type.Literal('cancelled')], {
  description: 'scheduled and completed visits need startsOn; a completed visit cannot start in the future',
});

/** What a visit records besides its state, year, number and status; all optional on create. */
const visitDetails = {
  startsOn: Nullable(IsoDay),
  endsOn: Nullable(IsoDay),
  location: Text(500),
  purpose: Text(),
  participants: Type.Array(Name, { maxItems: 100 }),
  summary: Text(),
  coachNotes: Text(),
};

export const SiteVisitCreate = Type.Object(
  {
    programYearId: Uuid,
    stateCode: StateCode,
    number: VisitNumber,
    status: VisitStatus,
    ...optionalFields(visitDetails),
    followUps: Type.Optional(Type.Array(ActionItemInput, { maxItems: 50, description: 'Action items that follow from the visit' })),
  },
  { additionalProperties: false },
);

export const SiteVisitUpdate = Type.Object(
  { ...optionalFields({ number: VisitNumber, status: VisitStatus, ...visitDetails }), ...versionField },
  { additionalProperties: false, minProperties: 1 },
);

export const SiteVisit = Type.Object({
  id: Type.String(),
  programYearId: Type.String(),
  stateCode: Type.String(),
  coachId: Nullable(Type.String()),
  coachName: Nullable(Type.String()),
  number: Type.Integer(),
  status: VisitStatus,
  startsOn: Nullable(Type.String()),
  endsOn: Nullable(Type.String()),
  location: Type.String(),
  purpose: Type.String(),
  participants: Type.Array(Type.String()),
  summary: Type.String(),
  /** Present only for staff and coaches. */
  coachNotes: Type.Optional(Type.String()),
  followUps: Type.Array(ActionItem),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
});

export const SiteVisitList = Page(SiteVisit);

export const SiteVisitQuery = Type.Object(
  { ...yearStateRangeQuery, status: Type.Optional(VisitStatus) },
  { additionalProperties: false, description: 'from and to bound the first day of the visit' },
);
