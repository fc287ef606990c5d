import type { MilestoneState } from './capture.ts';
import { nextStatus, updatePath } from './endpoints.ts';

export interface ProgressMissResult {
  /** The first GET /api/progress after a write: the snapshot computed afresh (median, ms). */
  missMs: number;
  /** The GET right after it, answered from the kept snapshot (median, ms). */
  hitMs: number;
  runs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * What a write costs the next reader of the progress grid: a milestone status update gives the view a new data
 * version, so the next GET computes the 56-state snapshot again; the one after is served from it. One client.
 */
export async function measureProgressMiss(baseUrl: string, token: string, yearId: string, milestones: MilestoneState[], runs = 7): Promise<ProgressMissResult> {
  const auth = { authorization: `Bearer ${token}` };
  const timedGet = async () => {
    const started = performance.now();
    const res = await fetch(`${baseUrl}/api/progress?programYear=${yearId}`, { headers: auth });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`progress answered ${res.status}`);
    return performance.now() - started;
  };
  const miss: number[] = [];
  const hit: number[] = [];
  for (const m of milestones.slice(0, runs)) {
    const res = await fetch(`${baseUrl}${updatePath(m.id)}`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', 'if-match': `"${m.version}"` },
      body: JSON.stringify({ status: nextStatus(m.status) }),
    });
    if (!res.ok) throw new Error(`milestone update answered ${res.status}: ${await res.text()}`);
    miss.push(await timedGet());
    hit.push(await timedGet());
  }
  return { missMs: median(miss), hitMs: median(hit), runs: miss.length };
}
