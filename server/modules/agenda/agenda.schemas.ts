import { Type } from 'typebox';
import { IsoDay, Nullable, Uuid } from '../../lib/schemas.ts';

export const AgendaDraftQuery = Type.Object(
  {
    programYear: Uuid,
    before: Type.Optional(IsoDay),
  },
  { additionalProperties: false },
);

const AgendaItem = Type.Object({ text: Type.String(), note: Type.String(), dueOn: Nullable(Type.String()) });

export const AgendaDraft = Type.Object({
  stateCode: Type.String(),
  programYearId: Type.String(),
  /** The day of the next call the draft prepares (the `before` asked for, or a month from today). */
  callOn: Type.String(),
  sections: Type.Array(
    Type.Object({
      key: Type.Union([Type.Literal('action_items'), Type.Literal('milestones'), Type.Literal('priorities'), Type.Literal('upcoming')]),
      title: Type.String(),
      items: Type.Array(AgendaItem),
    }),
  ),
  /** The same agenda as plain text, for the call's agenda field. */
  text: Type.String(),
});
