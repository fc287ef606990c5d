import { Type } from 'typebox';
import { Nullable, Page, StateCode, Timestamp, Uuid, listQuery } from '../../lib/schemas.ts';
import { optionalFields, versionField } from '../../lib/schema-parts.ts';
import { ActionItem, ActionItemInput } from '../calls/calls.schemas.ts';

/** A next step from a call or a site visit, as the cross-parent list shows it. */
export const ActionItemView = Type.Object({
  ...ActionItem.properties,
  programYearId: Type.String(),
  parentKind: Type.Union([Type.Literal('call'), Type.Literal('site_visit')]),
  parentId: Type.String(),
  /** The call's date or the visit's first day (a proposed visit may have none yet). */
  parentDate: Nullable(Type.String()),
  overdue: Type.Boolean({ description: 'Not done and due before today in the state’s calendar' }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const ActionItemList = Page(ActionItemView);

export const ActionItemQuery = Type.Object(
  {
    ...listQuery,
    programYear: Type.Optional(Uuid),
    state: Type.Optional(StateCode),
    done: Type.Optional(Type.Boolean()),
    owner: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Part of the owner, any case' })),
    dueBefore: Type.Optional(Type.String({ format: 'date', description: 'Due strictly before this day (ISO)' })),
    dueAfter: Type.Optional(Type.String({ format: 'date', description: 'Due strictly after this day (ISO)' })),
    dueFrom: Type.Optional(Type.String({ format: 'date', description: 'Due on or after this day (ISO)' })),
    dueTo: Type.Optional(Type.String({ format: 'date', description: 'Due on or before this day (ISO)' })),
    coach: Type.Optional(Type.String({ format: 'uuid', description: 'A coach: items of the states paired with them in the item’s year' })),
    overdue: Type.Optional(Type.Boolean({ description: 'true: not done and due before today in the state’s calendar; false: the others' })),
  },
  { additionalProperties: false },
);

/** The same fields as an item written with its call or visit, plus the parent it hangs from. */
export const ActionItemCreate = Type.Object(
  { callId: Type.Optional(Uuid), siteVisitId: Type.Optional(Uuid), ...ActionItemInput.properties },
  { additionalProperties: false, description: 'Send exactly one of callId and siteVisitId' },
);

export const ActionItemUpdate = Type.Object(
  { ...optionalFields(ActionItemInput.properties), ...versionField },
  { additionalProperties: false, minProperties: 1 },
);
