import { addMonths } from 'date-fns';
import { draftAgenda } from '../../domain/agenda.ts';
import { toDate, toIsoDate } from '../../domain/dates.ts';
import { NotFoundError, ValidationError } from '../../errors.ts';
import { type Ctx, requireAccess } from '../../lib/context.ts';
import { baselineDomains } from '../assessments/baseline-domains.queries.ts';
import { requireYear } from '../program-years/year-rules.ts';
import { activitiesOf, goalDomainKeysOf, openActionItemsOf, openMilestonesOf, stateNameOf } from './agenda.queries.ts';

/**
 * A draft agenda for a state's next call. It is the coach's working paper (it may surface what the plan and the
 * assessment say), so it is for those who write the state's calls: staff, or the state's coach.
 */
export async function agendaDraft(ctx: Ctx, code: string, query: { programYear: string; before?: string }) {
  const stateCode = code.toUpperCase();
  requireAccess(ctx.actor, 'engagement', 'write', stateCode, 'State');
  const stateName = await stateNameOf(ctx.db, stateCode);
  if (!stateName) throw new NotFoundError('State');
  await requireYear(ctx.db, query.programYear, 'programYear');
  // Without a day, prepare a call a month from now (calls are monthly).
  const callOn = query.before ?? toIsoDate(addMonths(toDate(ctx.today), 1));
  if (callOn < ctx.today) throw new ValidationError(`before: the next call cannot be in the past (${callOn})`);
  const [actionItems, milestones, goalDomainKeys, baseline, activities] = await Promise.all([
    openActionItemsOf(ctx.db, query.programYear, stateCode),
    openMilestonesOf(ctx.db, query.programYear, stateCode),
    goalDomainKeysOf(ctx.db, query.programYear, stateCode),
    baselineDomains(ctx.db, query.programYear, stateCode),
    activitiesOf(ctx.db, query.programYear),
  ]);
  const priorities = baseline.filter((d) => d.priorities > 0).map(({ key, title }) => ({ key, title }));
  const draft = draftAgenda({ stateName, today: ctx.today, callOn, actionItems, milestones, priorities, goalDomainKeys, activities });
  return { stateCode, programYearId: query.programYear, callOn, ...draft };
}
