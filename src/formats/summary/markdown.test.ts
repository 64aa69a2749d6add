import { describe, expect, it } from 'vitest';
import { sampleMap, SAMPLE_SOURCE } from '../../domain/testing/sampleMap';
import { mapSummaryMarkdown } from './markdown';

describe('Markdown summary', () => {
  it('lists positions, questions with their answers, and each claim with its passages, objections and works', () => {
    const md = mapSummaryMarkdown(sampleMap(), { s: SAMPLE_SOURCE });
    expect(md).toMatch(/^# Sample\n/);
    expect(md).toContain('## Positions\n\n- **Mensheviks** (1903-1917)\n- **Bolsheviks** (1903-1917)');
    expect(md).toContain('### Who leads?\n\n- **Bolsheviks**: The bourgeoisie cannot lead.\n- **Mensheviks**: The bourgeoisie must lead.\n\n## ');
    const bolsheviks = md.slice(md.indexOf('## Bolsheviks'));
    expect(bolsheviks).toContain('### ★ The bourgeoisie cannot lead.');
    expect(bolsheviks).toContain('> The liberal bourgeoisie was incapable of playing a revolutionary role against Tsarism.\n>\n> — states it, *Sample source*, para. 2');
    expect(bolsheviks).toContain('Attacked by:\n\n- ✕ Liberals led 1905.');
    expect(bolsheviks).toContain('Rivals:\n\n- The bourgeoisie must lead. (Mensheviks)');
    expect(bolsheviks).toContain('Works:\n\n- ≈ complicates: Lih (2006), Lenin Rediscovered, pp. 12-14 — Nuanced.');
    expect(md).toContain('## Notes\n\nA note.');
  });

  it('escapes map text: no heading, link or HTML comes from a claim', () => {
    const map = sampleMap();
    map.nodes[0] = { id: 'c1', kind: 'claim', text: '# Not a heading <img src=x onerror=alert(1)> [x](javascript:alert(1))', position: 'bol' };
    const md = mapSummaryMarkdown(map, {});
    expect(md).not.toMatch(/(^|[^\\])(<img|\]\(javascript)/m);
    expect(md).toContain('### \\# Not a heading \\<img');
  });
});
