import { describe, expect, it } from 'vitest';
import { type AgendaFacts, draftAgenda, milestonesToDiscuss, openActionItems, uncoveredPriorities, upcomingActivities } from '../../server/domain/agenda.ts';

const facts = (overrides: Partial<AgendaFacts> = {}): AgendaFacts => ({
  stateName: 'Arkansas',
  today: '2026-11-23',
  callOn: '2026-12-03',
  actionItems: [],
  milestones: [],
  priorities: [],
  goalDomainKeys: [],
  activities: [],
  ...overrides,
});

describe('openActionItems', () => {
  it('lists the open items, overdue and dated first, with owner and due date in words', () => {
    const items = openActionItems(
      facts({
        actionItems: [
          { description: 'Share the asset map', owner: '', dueOn: null, done: false },
          { description: 'Book the site visit', owner: 'Carla', dueOn: '2026-12-10', done: false },
          { description: 'Send the minutes', owner: 'Marcus', dueOn: '2026-11-20', done: false },
          { description: 'Already done', owner: 'Marcus', dueOn: '2026-11-01', done: true },
        ],
      }),
    );
    expect(items.map((i) => `${i.text} (${i.note})`)).toEqual([
      'Send the minutes (Marcus; overdue since November 20, 2026)',
      'Book the site visit (Carla; due December 10, 2026)',
      'Share the asset map (no due date)',
    ]);
  });
});

describe('milestonesToDiscuss', () => {
  const m = (title: string, dueOn: string, status: string) => ({ title, goalTitle: 'Partnerships', ownerName: '', dueOn, status });
  it('takes overdue and at-risk milestones and open ones due by the call, not completed, deferred or later ones', () => {
    const items = milestonesToDiscuss(
      facts({
        milestones: [
          m('Later', '2027-01-15', 'in_progress'),
          m('Due before the call', '2026-12-03', 'not_started'),
          m('Overdue', '2026-11-01', 'in_progress'),
          m('At risk', '2027-02-01', 'at_risk'),
          m('Done late', '2026-10-01', 'completed'),
          m('Put off', '2026-10-01', 'deferred'),
        ],
      }),
    );
    expect(items.map((i) => `${i.text}: ${i.note}`)).toEqual([
      'Overdue (Partnerships): overdue since November 1, 2026',
      'Due before the call (Partnerships): due December 3, 2026, before the call',
      'At risk (Partnerships): at risk, due February 1, 2027',
    ]);
  });
});

describe('uncoveredPriorities', () => {
  it('lists the baseline priorities no goal names', () => {
    const items = uncoveredPriorities(
      facts({ priorities: [{ key: 'funding', title: 'Identify funding needs and sources' }, { key: 'employers', title: 'Engage employers' }], goalDomainKeys: ['employers'] }),
    );
    expect(items.map((i) => i.text)).toEqual(['Identify funding needs and sources']);
  });
});

describe('upcomingActivities', () => {
  it('takes activities that start or fall due from today until 30 days after the call', () => {
    const a = (title: string, startsOn: string, endsOn: string, dueOn: string | null = null) => ({ title, startsOn, endsOn, dueOn });
    const items = upcomingActivities(
      facts({
        activities: [
          a('Winter webinar', '2027-01-02', '2027-01-02'),
          a('Too far', '2027-01-03', '2027-01-03'),
          a('Monthly calls', '2026-10-01', '2027-08-31'),
          a('Site visits', '2026-10-01', '2027-07-31', '2026-12-20'),
          a('Regional meeting', '2026-11-14', '2026-11-14'),
        ],
      }),
    );
    expect(items.map((i) => `${i.text}: ${i.note}`)).toEqual(['Site visits: due December 20, 2026', 'Winter webinar: January 2, 2027']);
  });
});

describe('draftAgenda', () => {
  it('renders the filled sections as numbered plain text, ending with next steps', () => {
    const draft = draftAgenda(
      facts({
        actionItems: [{ description: 'Send the minutes', owner: 'Marcus', dueOn: '2026-11-20', done: false }],
        priorities: [{ key: 'funding', title: 'Identify funding needs and sources' }],
      }),
    );
    expect(draft.sections.map((s) => [s.key, s.items.length])).toEqual([
      ['action_items', 1],
      ['milestones', 0],
      ['priorities', 1],
      ['upcoming', 0],
    ]);
    expect(draft.text).toBe(
      [
        'Agenda: Arkansas, call on December 3, 2026',
        '',
        '1. Open action items',
        '   - Send the minutes (Marcus; overdue since November 20, 2026)',
        '',
        '2. Priority areas not yet covered by a goal',
        '   - Identify funding needs and sources (a priority in the baseline assessment that no goal of the plan addresses yet)',
        '',
        '3. Next steps: owners and due dates',
      ].join('\n'),
    );
  });

  it('still drafts an agenda when nothing is open', () => {
    expect(draftAgenda(facts()).text).toBe('Agenda: Arkansas, call on December 3, 2026\n\n1. Next steps: owners and due dates');
  });
});
