import { Type } from 'typebox';
import { IsoDay, Name, Nullable, Page, Timestamp, listQuery } from '../../lib/schemas.ts';

export const ActivityKind = Type.Union(
  [
    Type.Literal('kickoff'),
    Type.Literal('first_call'),
    Type.Literal('assessment'),
    Type.Literal('plan'),
    Type.Literal('regional_meeting'),
    Type.Literal('monthly_calls'),
    Type.Literal('peer_mentoring'),
    Type.Literal('site_visits'),
    Type.Literal('webinars'),
    Type.Literal('reassessment'),
    Type.Literal('other'),
  ],
  { description: 'Which of the timeline rules this activity drives' },
);

export const Version = Type.Integer({ minimum: 1, description: 'The version you read; a stale one answers 412 (or send If-Match)' });

const activityFields = {
  kind: ActivityKind,
  title: Name,
  startsOn: IsoDay,
  endsOn: IsoDay,
  dueOn: Nullable(IsoDay),
  requiredCount: Type.Integer({ minimum: 1, maximum: 100, description: 'Completions the rule asks for (2 site visits)' }),
  position: Type.Integer({ minimum: 0, maximum: 10_000, description: 'Order among activities that start on the same day' }),
};

export const ActivityCreate = Type.Object(
  {
    kind: activityFields.kind,
    title: activityFields.title,
    startsOn: activityFields.startsOn,
    endsOn: activityFields.endsOn,
    dueOn: Type.Optional(activityFields.dueOn),
    requiredCount: Type.Optional(activityFields.requiredCount),
    position: Type.Optional(activityFields.position),
  },
  { additionalProperties: false },
);

export const ActivityUpdate = Type.Object(
  {
    kind: Type.Optional(activityFields.kind),
    title: Type.Optional(activityFields.title),
    startsOn: Type.Optional(activityFields.startsOn),
    endsOn: Type.Optional(activityFields.endsOn),
    dueOn: Type.Optional(activityFields.dueOn),
    requiredCount: Type.Optional(activityFields.requiredCount),
    position: Type.Optional(activityFields.position),
    version: Type.Optional(Version),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const Activity = Type.Object({
  id: Type.String(),
  programYearId: Type.String(),
  kind: ActivityKind,
  title: Type.String(),
  startsOn: Type.String(),
  endsOn: Type.String(),
  dueOn: Nullable(Type.String()),
  requiredCount: Type.Integer(),
  position: Type.Integer(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
});

export const YearCreate = Type.Object(
  {
    name: Name,
    startsOn: IsoDay,
    endsOn: IsoDay,
    activities: Type.Optional(
      Type.Array(ActivityCreate, {
        maxItems: 100,
        description: "The year's timeline; when omitted and the year starts on 1 August, the kick-off deck's timeline",
      }),
    ),
  },
  { additionalProperties: false },
);

export const YearUpdate = Type.Object(
  {
    name: Type.Optional(Name),
    startsOn: Type.Optional(IsoDay),
    endsOn: Type.Optional(IsoDay),
    version: Type.Optional(Version),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const Year = Type.Object({
  id: Type.String(),
  name: Type.String(),
  startsOn: Type.String(),
  endsOn: Type.String(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
});

export const YearDetail = Type.Object({ ...Year.properties, activities: Type.Array(Activity) });

export const YearList = Page(Year);

export const YearQuery = Type.Object(
  {
    ...listQuery,
    /** Years that end on or after this day. */
    from: Type.Optional(IsoDay),
    /** Years that start on or before this day. */
    to: Type.Optional(IsoDay),
  },
  { additionalProperties: false },
);
