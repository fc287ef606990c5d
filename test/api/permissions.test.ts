/**
 * The permission matrix: every route in the OpenAPI document, tried as every role (and anonymous)
 * against a record in the caller's states and one outside them, compared with the brief's role table.
 * The table below is written from the brief, not imported from the code, so that the two check each other.
 * A route without a case fails the first test: no route can be left out by hand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/app.ts';
import { TEST_PASSWORD } from '../helpers/factories.ts';
import { caseFor, routeCases, type Fixtures, type Scope, setUpFixtures } from '../helpers/permission-cases.ts';
import { answerChecker } from '../helpers/openapi-answers.ts';

type Role = 'anonymous' | 'staff' | 'coach' | 'state_lead' | 'state_member';
type Area = 'setup' | 'engagement' | 'assessment' | 'plan' | 'progress' | 'global' | 'staff_only' | 'signed_in' | 'public';
type Expect = 'ok' | 401 | 403 | 404;

// The brief's "Roles and what each may touch": r read, w write, c comment, o update milestones they own.
const brief: Record<Exclude<Area, 'global' | 'staff_only' | 'signed_in' | 'public'>, Record<Exclude<Role, 'anonymous'>, string>> = {
  setup: { staff: 'rw', coach: 'r', state_lead: 'r', state_member: 'r' },
  engagement: { staff: 'rw', coach: 'rw', state_lead: 'r', state_member: 'r' },
  assessment: { staff: 'rw', coach: 'rw', state_lead: 'rw', state_member: 'r' },
  plan: { staff: 'rwc', coach: 'rc', state_lead: 'rwc', state_member: 'ro' },
  progress: { staff: 'r', coach: 'r', state_lead: 'r', state_member: 'r' },
};

function expected(role: Role, area: Area, action: 'read' | 'write' | 'comment' | 'own_milestone', scope: Scope): Expect {
  if (area === 'public') return 'ok';
  if (role === 'anonymous') return 401;
  if (area === 'signed_in') return 'ok';
  if (area === 'staff_only') return role === 'staff' ? 'ok' : 403;
  if (area === 'global') return action === 'read' || role === 'staff' ? 'ok' : 403;
  if (scope === 'out' && role !== 'staff') return 404;
  const may = brief[area][role];
  if (action === 'read') return 'ok';
  if (action === 'write') return may.includes('w') ? 'ok' : 403;
  if (action === 'comment') return may.includes('c') ? 'ok' : 403;
  return may.includes('w') || may.includes('o') ? 'ok' : 403;
}

let t: TestApp;
let fixtures: Fixtures;
let documented: string[];
let answers: ReturnType<typeof answerChecker>;
const roles: Role[] = ['anonymous', 'staff', 'coach', 'state_lead', 'state_member'];

beforeAll(async () => {
  t = await buildTestApp();
  fixtures = await setUpFixtures(t);
  const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: Record<string, Record<string, unknown>> };
  answers = answerChecker(doc as never);
  documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.keys(methods)
      .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
      .map((m) => `${m.toUpperCase()} ${path}`),
  );
});

async function freshToken(role: Exclude<Role, 'anonymous'>) {
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: fixtures.users[role].email, password: TEST_PASSWORD } });
  return res.json().token as string;
}

describe('the permission matrix', () => {
  it('has a case for every documented route, and no case for a route that does not exist', () => {
    expect(documented.length).toBeGreaterThan(10);
    expect(documented.filter((route) => !routeCases[route]).sort()).toEqual([]);
    expect(Object.keys(routeCases).filter((route) => !documented.includes(route)).sort()).toEqual([]);
  });

  it('answers every route as every role exactly as the brief’s table says', async () => {
    const mismatches: string[] = [];
    for (const route of documented) {
      const spec = caseFor(route);
      if (!spec) continue;
      for (const scope of spec.scopes) {
        for (const role of roles) {
          const want = expected(role, spec.area, spec.action, scope);
          const request = await spec.build(fixtures, scope, role);
          const [method] = route.split(' ');
          const token = role === 'anonymous' ? null : request.freshSession ? await freshToken(role) : await t.tokenFor(fixtures.users[role]);
          const res = await t.call(token, method, request.url, request.body);
          const got: Expect = res.statusCode >= 200 && res.statusCode < 300 ? 'ok' : (res.statusCode as Expect);
          if (got !== want) mismatches.push(`${route} [${scope}] as ${role}: expected ${want}, got ${res.statusCode} ${res.body.slice(0, 160)}`);
          // Every answer, errors included, is what the OpenAPI document says it is.
          mismatches.push(...answers.problems(method as string, route.slice(route.indexOf(' ') + 1), res).map((p) => `${p} [${scope}] as ${role}`));
          // A list answered to a scoped role never carries a record of a state outside its scope.
          if (got === 'ok' && method === 'GET' && role !== 'staff' && spec.list) {
            const items = (res.json() as { items?: { stateCode?: string }[]; states?: { stateCode?: string }[] });
            const rows = items.items ?? items.states ?? [];
            const leaked = rows.filter((row) => row.stateCode && row.stateCode !== fixtures.inState);
            if (leaked.length > 0) mismatches.push(`${route} as ${role}: list leaked ${leaked.map((r) => r.stateCode).join(', ')}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    console.log(`permission matrix: ${documented.length} operations; ${answers.checked} live answers validated against the OpenAPI document`);
  }, 300_000);
});
