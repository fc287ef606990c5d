import { setFlagsFromString } from 'node:v8';

/**
 * PGlite is PostgreSQL compiled to 9 MB of WebAssembly. V8 runs it first through its baseline compiler and
 * recompiles what runs hot with its optimising one, on background threads: during a start, PostgreSQL's own
 * start-up loops are what runs hot, and on two cores that recompiling doubled the CPU of opening the database.
 * So a start on the embedded database runs on baseline code only, and optimising is switched back on once the
 * server is ready. Measured (docs/performance.md, change 19): opening ~1.1 → ~0.55 s of CPU; a CPU-bound query
 * afterwards 112–114 ms with V8's defaults, 130–132 ms this way, 164–187 ms had the baseline code been kept;
 * the app's short indexed queries the same in all three. V8's flags are the process's: only the start sets them.
 */
export function baselineWasmOnly(on: boolean): void {
  setFlagsFromString(on ? '--liftoff-only' : '--no-liftoff-only');
  setFlagsFromString(on ? '--no-wasm-tier-up' : '--wasm-tier-up');
}
