import { Type } from 'typebox';
import { Nullable, Page, StateCode, Uuid, listQuery } from '../../lib/schemas.ts';

/** Where a hit comes from; the coach-only kinds are never searched for state users. */
export const searchKinds = [
  'call',
  'call_coach_notes',
  'site_visit',
  'visit_coach_notes',
  'action_item',
  'milestone_update',
  'plan_comment',
  'assessment_evidence',
] as const;
export type SearchKind = (typeof searchKinds)[number];

export const SearchKindSchema = Type.Union(
  [
    Type.Literal('call'),
    Type.Literal('call_coach_notes'),
    Type.Literal('site_visit'),
    Type.Literal('visit_coach_notes'),
    Type.Literal('action_item'),
    Type.Literal('milestone_update'),
    Type.Literal('plan_comment'),
    Type.Literal('assessment_evidence'),
  ],
  { description: 'call: agenda, notes, progress, challenges, SME requests; *_coach_notes: staff and coaches only' },
);

export const SearchQuery = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: 200, description: 'Words to find; "quoted phrases", OR and -excluded words work as in a web search' }),
    ...listQuery,
    programYear: Type.Optional(Uuid),
    state: Type.Optional(StateCode),
    kind: Type.Optional(SearchKindSchema),
  },
  { additionalProperties: false },
);

/** A piece of the highlighted excerpt: the client renders each as text, wrapping matches in <mark>. */
export const HeadlinePart = Type.Object({ text: Type.String(), match: Type.Boolean() });

export const SearchHit = Type.Object({
  kind: SearchKindSchema,
  id: Type.String({ description: 'The matching record (for an action item, the item; for evidence, the response)' }),
  stateCode: Type.String(),
  programYearId: Type.String(),
  date: Nullable(Type.String({ description: 'The record’s day: the call, the visit’s first day, the comment’s day…' })),
  title: Type.String(),
  headline: Type.Array(HeadlinePart),
  rank: Type.Number(),
  link: Type.String({ description: 'Dashboard path of the page that shows the record' }),
});

export const SearchResults = Page(SearchHit);
