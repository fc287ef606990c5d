import { describe, expect, it } from 'vitest';
import { type DomainResult, type StateBaseline, isEstablished, suggestPeerPairs } from '../../server/domain/peer-matching.ts';

const titles: Record<string, string> = { employers: 'Employer engagement', funding: 'Funding', policies: 'Policies' };
const domain = (key: string, average: number | null, priorities = 0): DomainResult => ({ key, title: titles[key], average, priorities });
const state = (stateCode: string, stateName: string, ...domains: DomainResult[]): StateBaseline => ({ stateCode, stateName, domains });

describe('isEstablished', () => {
  it('needs a domain average of at least 3.5', () => {
    expect(isEstablished(domain('funding', 3.5))).toBe(true);
    expect(isEstablished(domain('funding', 3.4))).toBe(false);
    expect(isEstablished(domain('funding', null))).toBe(false);
  });
});

describe('suggestPeerPairs', () => {
  const iowa = state('IA', 'Iowa', domain('employers', 3.8), domain('funding', 2, 1), domain('policies', 3.6));
  const arkansas = state('AR', 'Arkansas', domain('employers', 2.2, 2), domain('funding', 3.5), domain('policies', 3.4, 1));
  const hawaii = state('HI', 'Hawaii', domain('employers', 3, 1), domain('funding', 1.5), domain('policies', 1.2, 1));

  it('pairs an established state with one that marked the domain a priority, with the reason in words', () => {
    const [first] = suggestPeerPairs([iowa, arkansas]);
    expect(first.stateA).toBe('AR');
    expect(first.stateB).toBe('IA');
    expect(first.reasons.map((r) => r.text)).toEqual([
      'Iowa is established in Employer engagement (average 3.8), which Arkansas marked a priority; Arkansas averages 2.2',
      'Arkansas is established in Funding (average 3.5), which Iowa marked a priority; Iowa averages 2.0',
      'Iowa is established in Policies (average 3.6), which Arkansas marked a priority; Arkansas averages 3.4',
    ]);
    expect(first.focus).toBe(
      'Employer engagement (Iowa mentoring Arkansas); Funding (Arkansas mentoring Iowa); Policies (Iowa mentoring Arkansas)',
    );
  });

  it('ranks pairs with more matching domains first, then the wider gap', () => {
    const order = suggestPeerPairs([iowa, arkansas, hawaii]).map((s) => `${s.stateA}-${s.stateB}:${s.reasons.length}`);
    // AR–IA: three reasons; HI–IA: employers and policies (gaps 0.8 + 2.4); AR–HI: none (Arkansas's funding is not Hawaii's priority).
    expect(order).toEqual(['AR-IA:3', 'HI-IA:2']);
  });

  it('skips pairs that already exist, in either order, and states paired with themselves', () => {
    expect(suggestPeerPairs([iowa, arkansas, hawaii], [['IA', 'AR']]).map((s) => `${s.stateA}-${s.stateB}`)).toEqual(['HI-IA']);
    expect(suggestPeerPairs([iowa])).toEqual([]);
  });

  it('suggests nothing when no one is established, or no one marked a priority', () => {
    const weak = state('NE', 'Nebraska', domain('employers', 3.4), domain('funding', null, 1));
    expect(suggestPeerPairs([weak, hawaii])).toEqual([]);
    const calm = state('MI', 'Michigan', domain('employers', 1.5), domain('policies', 2));
    expect(suggestPeerPairs([iowa, calm])).toEqual([]);
  });

  it('counts an unrated priority domain as the widest gap', () => {
    const unrated = state('MO', 'Missouri', domain('employers', null, 1));
    const [only] = suggestPeerPairs([iowa, unrated]);
    expect(only.reasons[0].text).toBe('Iowa is established in Employer engagement (average 3.8), which Missouri marked a priority');
  });
});
