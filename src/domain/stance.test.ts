import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Stance } from './schema/edge';
import { stanceTowardClaim, type TextPosition } from './stance';

// The real corpus cases: the conversion is for these data, so it is tested on them.
const corpus = join(import.meta.dirname, '..', '..', 'data', 'corpus');
const claims: { id: string; textPosition: TextPosition }[] = JSON.parse(readFileSync(join(corpus, 'claims.json'), 'utf8')).claims;
const works: { id: string; stance?: Record<string, { position: Stance }> }[] = JSON.parse(
  readFileSync(join(corpus, 'historiography.json'), 'utf8'),
);

function converted(workId: string, claimId: string): Stance {
  const stance = works.find((w) => w.id === workId)?.stance?.[claimId]?.position;
  const claim = claims.find((c) => c.id === claimId);
  if (!stance || !claim) throw new Error(`no corpus stance of ${workId} on ${claimId}`);
  return stanceTowardClaim(stance, claim.textPosition);
}

describe('stanceTowardClaim on claims the text rejects', () => {
  it('turns a defence of the doctrine into support: Stalin, December 1924, on socialism in one country', () => {
    expect(converted('stalin1924b', 'socialism-in-one-country')).toBe('supports');
    expect(converted('bukharin1926', 'socialism-in-one-country')).toBe('supports');
  });

  it('turns agreement with the text into a challenge: Löwy on the stages theory, Trotsky and Stalin\'s first edition on socialism in one country', () => {
    expect(converted('lowy1981', 'stages-theory')).toBe('challenges');
    expect(converted('trotsky1930', 'socialism-in-one-country')).toBe('challenges');
    // Stalin's first edition of Foundations of Leninism still denied that socialism could be completed in one country.
    expect(converted('stalin1924a', 'socialism-in-one-country')).toBe('challenges');
  });

  it('turns Plekhanov\'s challenge to the text into support for the stages theory he founded', () => {
    expect(converted('plekhanov1885', 'stages-theory')).toBe('supports');
  });

  it('keeps complicating readings as they are', () => {
    expect(converted('carr1958', 'socialism-in-one-country')).toBe('complicates');
    expect(converted('jackson1988', 'popular-front')).toBe('complicates');
  });

  it('swaps supports and challenges for every rejected claim in the corpus', () => {
    const rejected = new Set(claims.filter((c) => c.textPosition === 'rejects').map((c) => c.id));
    let checked = 0;
    for (const w of works) {
      for (const [claimId, s] of Object.entries(w.stance ?? {})) {
        if (!rejected.has(claimId)) continue;
        const expected = { supports: 'challenges', challenges: 'supports', complicates: 'complicates' }[s.position];
        expect(stanceTowardClaim(s.position, 'rejects'), `${w.id} on ${claimId}`).toBe(expected);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('stanceTowardClaim on claims the text endorses', () => {
  it('keeps the stance: Pipes challenges permanent revolution, Trotsky 1906 supports it', () => {
    expect(converted('pipes1990', 'permanent-revolution')).toBe('challenges');
    expect(converted('trotsky1906', 'permanent-revolution')).toBe('supports');
    expect(converted('lih-russian-history', 'permanent-revolution')).toBe('complicates');
  });
});

describe('stanceTowardClaim on the one qualified claim, the democratic dictatorship', () => {
  it('reads works that dispute the text\'s "vague hedge" as support for Lenin\'s formula', () => {
    expect(converted('lih-russian-history', 'democratic-dictatorship')).toBe('supports');
    expect(converted('lenin1905', 'democratic-dictatorship')).toBe('supports');
  });

  it('reads a work that shares the text\'s reservation as complicating the formula', () => {
    expect(converted('trotsky1930', 'democratic-dictatorship')).toBe('complicates');
  });

  it('is the only qualified claim in the corpus, so the rule is checked against every case it covers', () => {
    expect(claims.filter((c) => c.textPosition === 'qualifies').map((c) => c.id)).toEqual(['democratic-dictatorship']);
  });
});
