import { describe, expect, it } from 'vitest';
import { VersionedCache } from '../../server/lib/versioned-cache.ts';

const counter = () => {
  let calls = 0;
  return { compute: async () => `value ${(calls += 1)}`, calls: () => calls };
};

describe('VersionedCache', () => {
  it('computes once per key and version, and again when the version changes', async () => {
    const cache = new VersionedCache<string>(4);
    const c = counter();
    expect(await cache.get('k', 'v1', c.compute)).toBe('value 1');
    expect(await cache.get('k', 'v1', c.compute)).toBe('value 1');
    expect(await cache.get('k', 'v2', c.compute)).toBe('value 2');
    expect(await cache.get('k', 'v2', c.compute)).toBe('value 2');
    expect(c.calls()).toBe(2);
  });

  it('shares one computation between requests that miss at the same version', async () => {
    const cache = new VersionedCache<string>(4);
    const c = counter();
    const answers = await Promise.all([cache.get('k', 'v1', c.compute), cache.get('k', 'v1', c.compute), cache.get('k', 'v1', c.compute)]);
    expect(answers).toEqual(['value 1', 'value 1', 'value 1']);
    expect(c.calls()).toBe(1);
  });

  it('computes again when the kept value is no longer fresh', async () => {
    const cache = new VersionedCache<string>(4);
    const c = counter();
    await cache.get('k', 'v1', c.compute);
    expect(await cache.get('k', 'v1', c.compute, (value) => value !== 'value 1')).toBe('value 2');
    expect(c.calls()).toBe(2);
  });

  it('keeps nothing when the version is unknown', async () => {
    const cache = new VersionedCache<string>(4);
    const c = counter();
    await cache.get('k', null, c.compute);
    await cache.get('k', null, c.compute);
    expect(c.calls()).toBe(2);
    expect(cache.size).toBe(0);
  });

  it('does not keep a failure: the next request tries again', async () => {
    const cache = new VersionedCache<string>(4);
    await expect(cache.get('k', 'v1', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('k', 'v1', async () => 'up')).toBe('up');
  });

  it('drops the oldest key beyond its capacity', async () => {
    const cache = new VersionedCache<string>(2);
    const c = counter();
    await cache.get('a', 'v', c.compute);
    await cache.get('b', 'v', c.compute);
    await cache.get('c', 'v', c.compute);
    expect(cache.size).toBe(2);
    await cache.get('a', 'v', c.compute);
    expect(c.calls()).toBe(4);
    await cache.get('c', 'v', c.compute);
    expect(c.calls()).toBe(4);
  });
});
