import { Type } from 'typebox';
import { versionField } from '../../lib/schema-parts.ts';
import { IsoDay, Nullable, Page, StateCode, Text, Timestamp, Uuid, listQuery } from '../../lib/schemas.ts';

export const MentoringPairCreate = Type.Object(
  { programYearId: Uuid, stateA: StateCode, stateB: StateCode, focus: Type.Optional(Text(2000)) },
  { additionalProperties: false, description: 'Two different states taking part in the year, in either order' },
);

export const MentoringPairUpdate = Type.Object(
  { focus: Text(2000), ...versionField },
  { additionalProperties: false },
);

export const ExchangeCreate = Type.Object(
  { date: IsoDay, summary: Type.String({ minLength: 1, maxLength: 20000 }) },
  { additionalProperties: false },
);

export const Exchange = Type.Object({
  id: Type.String(),
  pairId: Type.String(),
  date: Type.String(),
  summary: Type.String(),
  createdAt: Timestamp,
});

const pairFields = {
  id: Type.String(),
  programYearId: Type.String(),
  /** The two states, in alphabetical order. */
  stateA: Type.String(),
  stateAName: Type.String(),
  stateB: Type.String(),
  stateBName: Type.String(),
  focus: Type.String(),
  exchangeCount: Type.Integer({ minimum: 0 }),
  lastExchangeOn: Nullable(Type.String()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
};

export const MentoringPair = Type.Object(pairFields);
export const MentoringPairDetail = Type.Object({ ...pairFields, exchanges: Type.Array(Exchange) });
export const MentoringPairList = Page(MentoringPair);

export const MentoringPairQuery = Type.Object(
  { ...listQuery, programYear: Type.Optional(Uuid), state: Type.Optional(StateCode) },
  { additionalProperties: false },
);

export const SuggestionQuery = Type.Object({ programYear: Uuid }, { additionalProperties: false });

export const MentoringSuggestion = Type.Object({
  programYearId: Type.String(),
  stateA: Type.String(),
  stateAName: Type.String(),
  stateB: Type.String(),
  stateBName: Type.String(),
  /** The focus to create the pair with. */
  focus: Type.String(),
  reasons: Type.Array(
    Type.Object({
      mentor: Type.String(),
      mentee: Type.String(),
      domainKey: Type.String(),
      domainTitle: Type.String(),
      mentorAverage: Type.Number(),
      menteeAverage: Nullable(Type.Number()),
      text: Type.String(),
    }),
  ),
});

export const MentoringSuggestionList = Type.Object({ items: Type.Array(MentoringSuggestion), total: Type.Integer({ minimum: 0 }) });
