import { describe, expect, it } from 'vitest';
import { shapeOf } from '../../server/lib/prepared.ts';

describe('shapeOf', () => {
  const keys = ['state', 'tier', 'coach'] as const;

  it('tells all states from a list of them, and marks each filter present in a fixed order', () => {
    expect(shapeOf('all', {}, keys)).toBe('a000');
    expect(shapeOf(['AR'], { tier: 'intensive' }, keys)).toBe('s010');
    expect(shapeOf([], { state: 'AR', coach: 'c' }, keys)).toBe('s101');
  });

  it('gives one shape for any values and any number of states: they go in as parameters', () => {
    expect(shapeOf(['AR'], { state: 'AR' }, keys)).toBe(shapeOf(['AR', 'IA', 'NE'], { state: 'NE' }, keys));
  });

  it('counts an empty filter as absent, as the statement does', () => {
    expect(shapeOf('all', { state: '', tier: undefined }, keys)).toBe('a000');
  });
});
