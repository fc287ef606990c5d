import { createHash } from 'node:crypto';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * A fixed amount of CPU work, timed (median of 5): hashing, a JavaScript loop and a JSON round trip (48–51 ms
 * on the development VM, 2026-11-24). That VM's speed moves by tens of per cent from one quarter of an hour to
 * the next with nothing else running, so a run reports this at its start and at its end, and two runs' figures
 * can be read against each other.
 */
export function referenceWorkloadMs(): number {
  const bytes = Buffer.alloc(4 * 2 ** 20, 7);
  const records = Array.from({ length: 20_000 }, (_, i) => ({ id: i, name: `state ${i}`, months: [i % 12, i % 7, i % 5] }));
  const runs: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const started = performance.now();
    const hash = createHash('sha256');
    for (let i = 0; i < 4; i += 1) hash.update(bytes);
    hash.digest();
    let x = 0;
    for (let i = 0; i < 3_000_000; i += 1) x = (x * 31 + i) % 1_000_003;
    if (JSON.parse(JSON.stringify(records)).length !== records.length || x < 0) throw new Error('reference workload went wrong');
    runs.push(performance.now() - started);
  }
  return median(runs);
}
