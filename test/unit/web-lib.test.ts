import { describe, expect, it } from 'vitest';
import { ApiError, loginHref, safeNext, toApiError } from '../../web/src/lib/api-errors.ts';
import { toCsv } from '../../web/src/lib/csv.ts';
import { formatDay, formatDaysAgo, formatMonth, formatMonthLong, formatMonthShort, formatSpan, positionInSpan } from '../../web/src/lib/format.ts';
import { coachesIn, describeMonth, filterStates, gridRows, progressCsvRows, readFilters } from '../../web/src/lib/progress.ts';
import type { ProgressAnswer } from '../../web/src/lib/types.ts';
import { month, state } from '../helpers/web-progress.ts';

describe('dashboard: turning API failures into ApiError', () => {
  it('finds the field of a schema message and words it for a form', () => {
    const error = toApiError(400, { statusCode: 400, error: 'Bad Request', message: 'body.date must match format "date"' }, 'x');
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, field: 'date', message: 'Enter a date as YYYY-MM-DD.' });
  });

  it('finds the field of a rule message', () => {
    const error = toApiError(400, { message: 'date: 2027-09-02 is outside the program year' }, 'x');
    expect(error).toMatchObject({ field: 'date', message: '2027-09-02 is outside the program year.' });
  });

  it('names a missing required property', () => {
    expect(toApiError(400, { message: "body must have required property 'email'" }, 'x')).toMatchObject({ field: 'email', message: 'Fill this in.' });
  });

  it('keeps nested field paths', () => {
    expect(toApiError(400, { message: 'body.attendees.0.name must NOT have more than 200 characters' }, 'x')).toMatchObject({
      field: 'attendees.0.name',
      message: 'Too long: at most 200 characters.',
    });
  });

  it('leaves other failures without a field, and falls back when the body is not JSON', () => {
    expect(toApiError(404, { message: 'State not found' }, 'x')).toMatchObject({ status: 404, field: undefined, message: 'State not found' });
    expect(toApiError(502, null, 'Bad Gateway')).toMatchObject({ status: 502, message: 'Bad Gateway' });
  });
});

describe('dashboard: sign-in return paths', () => {
  it('remembers where to come back to', () => {
    expect(loginHref('/progress?tier=intensive')).toBe('/login?next=%2Fprogress%3Ftier%3Dintensive');
    expect(loginHref('/')).toBe('/login');
    expect(loginHref('/login?next=%2Fx')).toBe('/login');
  });

  it('follows only same-site paths', () => {
    expect(safeNext('/timeline')).toBe('/timeline');
    expect(safeNext('https://elsewhere.example/')).toBe('/');
    expect(safeNext('//elsewhere.example/')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});

describe('dashboard: CSV', () => {
  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'two\nlines', '=SUM(A1)', -3, null]])).toBe(
      'a,"b,c","say ""hi""","two\nlines",\'=SUM(A1),-3,\r\n',
    );
  });
});

describe('dashboard: dates for people', () => {
  it('reads ISO days as calendar days, whatever the time zone', () => {
    expect(formatDay('2026-10-15')).toBe('Oct 15, 2026');
    expect(formatDay(null)).toBe('—');
    expect(formatSpan('2026-10-01', '2026-11-30')).toBe('Oct 1 – Nov 30, 2026');
    expect(formatSpan('2026-10-01', '2027-08-31')).toBe('Oct 1, 2026 – Aug 31, 2027');
    expect(formatDaysAgo(null)).toBe('no contact yet');
    expect(formatDaysAgo(1)).toBe('yesterday');
    expect(formatDaysAgo(12)).toBe('12 days ago');
  });

  it('names months the same however often it is asked (the labels are kept per month)', () => {
    for (let i = 0; i < 3; i += 1) {
      expect(formatMonthLong('2026-08')).toBe('August 2026');
      expect(formatMonth('2026-08')).toBe('Aug 2026');
      expect(formatMonthShort('2027-01')).toBe('Jan');
    }
  });

  it('places days on the August-to-August span', () => {
    expect(positionInSpan('2026-08-01', '2026-08', '2027-08')).toBe(0);
    expect(positionInSpan('2027-08-31', '2026-08', '2027-08', true)).toBe(1);
    expect(positionInSpan('2027-02-14', '2026-08', '2027-08')).toBeCloseTo(197 / 396, 5);
  });
});

describe('dashboard: the progress view', () => {
  it('describes a month cell in words', () => {
    expect(
      describeMonth(
        month('2026-11', {
          callStatus: 'held',
          heldCalls: 2,
          visits: [{ number: 1, status: 'completed' }],
          checkpoints: [{ kind: 'plan', status: 'met_late' }],
        }),
      ),
    ).toBe('Held (2 calls); Visit 1 completed; Project plan with goals and milestones: met late');
    expect(describeMonth(month('2026-08', { callRequired: false, callStatus: 'not_required' }))).toBe('No call required');
    expect(describeMonth(month('2026-10', { callStatus: 'missed' }))).toBe('Missed');
  });

  it('filters by tier and by any coach paired in the year', () => {
    const states = [
      state('AR', { coaches: [{ id: 'c1', name: 'Nan Dare' }, { id: 'c2', name: 'Ann Bee' }] }),
      state('KY', { tier: 'light_touch' }),
    ];
    expect(filterStates(states, { programYear: null, coach: 'c2', tier: null }).map((s) => s.stateCode)).toEqual(['AR']);
    expect(filterStates(states, { programYear: null, coach: null, tier: 'light_touch' }).map((s) => s.stateCode)).toEqual(['KY']);
    expect(readFilters(new URLSearchParams('tier=bogus&coach=c1'))).toEqual({ programYear: null, coach: 'c1', tier: null });
    expect(coachesIn({ states } as ProgressAnswer).map((c) => c.name)).toEqual(['Ann Bee', 'Nan Dare']);
  });

  it('lays out a grid row per state in the year\'s month order, with each cell in words', () => {
    const months = ['2026-10', '2026-11', '2026-12'].map((key) => ({ key, label: key, startsOn: `${key}-01`, endsOn: `${key}-28` }));
    const arkansas = state('AR', {
      coaches: [{ id: 'c1', name: 'Nan Dare' }],
      // Listed out of order, and December missing: the grid still follows the year's months.
      months: [
        month('2026-11', {
          callStatus: 'scheduled',
          scheduledCalls: 2,
          visits: [{ number: 1, status: 'scheduled' }],
          checkpoints: [{ kind: 'plan', status: 'pending' }],
        }),
        month('2026-10', { callStatus: 'held', heldCalls: 1 }),
      ],
    });
    const [row] = gridRows([arkansas], months, '2026-11-20');
    expect(row.state).toBe(arkansas);
    expect(row.coaches).toBe('Nan Dare');
    expect(row.cells.map((c) => c.key)).toEqual(['2026-10', '2026-11', '2026-12']);
    const [october, november, december] = row.cells;
    expect(october).toMatchObject({ current: false, monthLabel: 'October 2026', description: 'Held', word: 'Held', count: 1, marks: [] });
    expect(november).toMatchObject({
      current: true,
      monthLabel: 'November 2026',
      description: describeMonth(arkansas.months[0]),
      word: 'Scheduled',
      count: 2,
    });
    expect(november.marks).toEqual([
      { key: 'visit 1 scheduled', kind: 'visit', status: 'scheduled', text: 'Visit 1', title: 'Site visit 1: scheduled' },
      { key: 'checkpoint plan', kind: 'checkpoint', status: 'pending', text: 'Plan', title: 'Project plan with goals and milestones: not yet due' },
    ]);
    expect(december).toMatchObject({ cell: null, current: false, word: null, count: 0, marks: [] });
    // Quiet statuses show their icon only; their words stay in the description.
    const [quiet] = gridRows([state('KY', { months: [month('2026-10', { callStatus: 'upcoming' })] })], months.slice(0, 1), '2026-09-01');
    expect(quiet.coaches).toBe('No coach paired');
    expect(quiet.cells[0]).toMatchObject({ word: null, description: 'Upcoming' });
  });

  it('exports the visible rows with a column per month', () => {
    const answer = {
      months: [{ key: '2026-10', label: 'Oct 2026', startsOn: '2026-10-01', endsOn: '2026-10-31' }],
    } as ProgressAnswer;
    const [header, row] = progressCsvRows(answer, [state('AR')]);
    expect(header.at(-1)).toBe('Oct 2026');
    expect(row[header.indexOf('Action items overdue')]).toBe(1);
    expect(row).toContain('Needs attention');
    expect(row).toContain('1 milestone overdue; No call, yet');
    expect(row).toContain('2026-10-20');
    expect(row.at(-1)).toBe('Held (2 calls)');
  });
});

describe('forms', async () => {
  const { errorFor, asApiError, orNull, lines } = await import('../../web/src/lib/forms.ts');
  const { ApiError } = await import('../../web/src/lib/api-errors.ts');

  it('gives a field only the message that names it', () => {
    const failure = new ApiError(400, 'Enter a date as YYYY-MM-DD.', 'date');
    expect(errorFor(failure, 'date')).toBe('Enter a date as YYYY-MM-DD.');
    expect(errorFor(failure, 'kind')).toBeNull();
    expect(errorFor(null, 'date')).toBeNull();
  });

  it('turns anything thrown into an ApiError, keeping one that already is', () => {
    const failure = new ApiError(409, 'Someone else changed this');
    expect(asApiError(failure)).toBe(failure);
    expect(asApiError(new TypeError('boom'))).toMatchObject({ status: 0, message: 'Saving failed. Try again.' });
  });

  it('reads empty inputs as null and textarea lines as a list', () => {
    expect(orNull('  ')).toBeNull();
    expect(orNull(' 45 ')).toBe('45');
    expect(lines('Ana\n\n  Ben  \n')).toEqual(['Ana', 'Ben']);
  });
});

describe('dashboard: instants for people (formatTimestamp, dayOfTimestamp)', () => {
  it('reads the API’s timestamps, with a T or a space and a short offset, in the local time zone', async () => {
    const { formatTimestamp, dayOfTimestamp } = await import('../../web/src/lib/format.ts');
    const local = new Date(Date.UTC(2026, 10, 19, 11, 0));
    const pad = (n: number) => String(n).padStart(2, '0');
    const expectedDay = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
    expect(dayOfTimestamp('2026-11-19 11:00:00+00')).toBe(expectedDay);
    expect(dayOfTimestamp('2026-11-19T11:00:00.000Z')).toBe(expectedDay);
    expect(formatTimestamp('2026-11-19 11:00:00+00')).toMatch(/^Nov (18|19|20), 2026, \d{1,2}:\d{2} (AM|PM)$/);
    expect(formatTimestamp(null)).toBe('—');
    expect(formatTimestamp('not a time')).toBe('not a time');
  });
});

describe('a stale save (412)', async () => {
  const { toApiError: parse, isStale, currentVersion } = await import('../../web/src/lib/api-errors.ts');

  it('keeps the record as it is now, says so in words, and gives its version for saving again', () => {
    const error = parse(412, { statusCode: 412, error: 'Precondition Failed', message: 'Call was changed by someone else', current: { id: 'c1', version: 4 } }, 'x');
    expect(isStale(error)).toBe(true);
    expect(error.message).toMatch(/Someone else changed this/);
    expect(currentVersion(error)).toBe(4);
  });

  it('is not stale for other failures, and has no version then', () => {
    const error = parse(409, { message: 'this state already has a plan for this program year' }, 'x');
    expect(isStale(error)).toBe(false);
    expect(currentVersion(error)).toBeNull();
  });
});
