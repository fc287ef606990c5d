import { parseArgs } from 'node:util';
import type { AppEntry } from './app-process.ts';
import type { Driver } from './databases.ts';

export interface BenchOptions {
  years: number;
  states: number;
  coaches: number;
  /** Seconds of load per measurement (after a warm-up of a fifth of it, at least 1 s). */
  seconds: number;
  connections: number[];
  /** Send a browser's Accept-Encoding (the default), or none, as a script would. */
  compressed: boolean;
  drivers: Driver[];
  browser: boolean;
  startup: boolean;
  /** The load phases (app and floor): skipped to iterate on start-up or the dashboard. */
  load: boolean;
  startupRuns: number;
  entry: AppEntry;
  adminUrl: string;
  out: string;
}

const HELP = `npm run bench -- [options]
  --years N        program years to generate (default 10)
  --states N       states and territories, up to 56 (default 56)
  --seconds N      seconds of load per measurement (default 10)
  --quick          3 s per measurement, one start per folder: for iterating, not for quoting
  --drivers LIST   postgres,pglite (default both)
  --no-browser     skip the dashboard measurement
  --no-startup     skip the start-up measurement
  --no-load        skip the load phases (app and floor), to iterate on start-up or the dashboard
  --no-compression send no Accept-Encoding (as a script would); by default the load sends a browser's
  --entry E        bundle (default: dist/main.js, as npm start runs it; built first) or tsx (node --import tsx server/main.ts)
  --admin-url URL  PostgreSQL to create the throwaway database on (default postgres://postgres@127.0.0.1:5432/postgres)
  --out DIR        where the JSON and markdown go (default bench/results)`;

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      years: { type: 'string', default: '10' },
      states: { type: 'string', default: '56' },
      seconds: { type: 'string' },
      quick: { type: 'boolean', default: false },
      drivers: { type: 'string', default: 'postgres,pglite' },
      'no-browser': { type: 'boolean', default: false },
      'no-startup': { type: 'boolean', default: false },
      'no-load': { type: 'boolean', default: false },
      'no-compression': { type: 'boolean', default: false },
      entry: { type: 'string', default: 'bundle' },
      'admin-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
      out: { type: 'string', default: 'bench/results' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const int = (name: string, text: string, min: number, max: number) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}\n\n${HELP}`);
    return n;
  };
  const drivers = values.drivers.split(',').map((d) => d.trim());
  if (drivers.some((d) => d !== 'postgres' && d !== 'pglite')) throw new Error(`--drivers takes postgres, pglite or both\n\n${HELP}`);
  if (values.entry !== 'tsx' && values.entry !== 'bundle') throw new Error(`--entry is tsx or bundle\n\n${HELP}`);
  return {
    years: int('years', values.years, 1, 30),
    states: int('states', values.states, 1, 56),
    coaches: 14,
    seconds: values.seconds ? int('seconds', values.seconds, 1, 600) : values.quick ? 3 : 10,
    connections: [1, 50],
    drivers: drivers as Driver[],
    browser: !values['no-browser'],
    startup: !values['no-startup'],
    load: !values['no-load'],
    compressed: !values['no-compression'],
    startupRuns: values.quick ? 1 : 5,
    entry: values.entry,
    adminUrl: values['admin-url'],
    out: values.out,
  };
}
