import { describe, expect, it } from 'vitest';
import { addressKey, memoryCounters } from '../../server/plugins/login-limits.ts';

describe('addressKey', () => {
  it.each([
    ['192.0.2.7', '192.0.2.7'],
    ['::ffff:192.0.2.7', '192.0.2.7'],
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
  ])('counts %s as %s', (ip, key) => {
    expect(addressKey(ip)).toBe(key);
  });
});

describe('memoryCounters', () => {
  it('counts each key in a window opened by its first attempt, takes attempts back, and forgets after the window', async () => {
    let now = 1_000_000;
    const counters = memoryCounters(() => now);
    expect(await counters.add(['a', 'b'], 60_000)).toEqual([
      { count: 1, resetMs: 60_000 },
      { count: 1, resetMs: 60_000 },
    ]);
    now += 10_000;
    expect(await counters.add(['a'], 60_000)).toEqual([{ count: 2, resetMs: 50_000 }]);
    await counters.remove(['a', 'b']);
    expect(await counters.add(['a', 'b'], 60_000)).toEqual([
      { count: 2, resetMs: 50_000 },
      { count: 1, resetMs: 50_000 },
    ]);
    now += 50_000;
    expect(await counters.add(['a'], 60_000)).toEqual([{ count: 1, resetMs: 60_000 }]);
  });

  it('never takes a counter below zero, nor revives one whose window ended', async () => {
    let now = 0;
    const counters = memoryCounters(() => now);
    await counters.remove(['x']);
    expect(await counters.add(['x'], 1_000)).toEqual([{ count: 1, resetMs: 1_000 }]);
    await counters.remove(['x']);
    await counters.remove(['x']);
    expect(await counters.add(['x'], 1_000)).toEqual([{ count: 1, resetMs: 1_000 }]);
    now = 5_000;
    await counters.remove(['x']);
    expect(await counters.add(['x'], 1_000)).toEqual([{ count: 1, resetMs: 1_000 }]);
  });
});
