/**
 * What every coach-side page loads besides its own records: the program years and which is current, and the
 * states the user can see with their names (and, for the current year, whether they take part).
 */
import { api } from './api.ts';
import { listStates } from './api-states.ts';
import { currentYear, isoDay } from './engagement.ts';
import type { LoadContext } from './http.ts';

export interface StateChoice {
  code: string;
  name: string;
  /** Taking part in the current program year (null tier: not this year). */
  takingPart: boolean;
}

export async function loadEngagementContext(load: LoadContext) {
  const years = (await api.programYears(load)).items;
  const today = isoDay(new Date());
  const year = currentYear(years, today);
  const states = await listStates(year ? { programYear: year.id } : {}, load);
  const choices: StateChoice[] = states.items
    .map((s) => ({ code: s.code, name: s.name, takingPart: s.tier !== null && s.tier !== undefined }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { years, year, today, states: choices };
}

/** A state's name from the choices, or its code when the user cannot see it. */
export const nameOf = (states: { code: string; name: string }[]) => {
  const names = new Map(states.map((s) => [s.code, s.name]));
  return (code: string) => names.get(code) ?? code;
};
