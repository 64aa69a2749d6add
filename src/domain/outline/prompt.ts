import type { OutlineItem, OutlineSection } from './types';

export const PROMPT_ID = 'prompt:conclusion';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function included(items: readonly OutlineItem[]): OutlineItem[] {
  return items.filter((i) => !i.excluded);
}

const VERBS = { supports: ['supports', 'support'], challenges: ['challenges', 'challenge'], complicates: ['complicates', 'complicate'] } as const;

/**
 * The closing prompt: it sums up what the outline weighs (counting only what the user
 * kept) and asks for a judgement, without asserting one of its own.
 */
export function conclusionPrompt(thesis: OutlineItem, sections: readonly OutlineSection[]): string {
  const section = (id: string) => sections.find((s) => s.id === id && !s.excluded);
  const reasons = included(section('section:arguments')?.items ?? []).length;
  const against = included(section('section:counter-arguments')?.items ?? []);
  const objections = against.filter((i) => i.role !== 'rival').length;
  const rivals = against.length - objections;
  const stances = included(section('section:historiography')?.items ?? []).flatMap((group) => {
    const n = included(group.children).length;
    return n === 0 || !group.stance ? [] : [`${n} ${VERBS[group.stance][n === 1 ? 0 : 1]} it`];
  });
  const parts: string[] = [];
  const case_ = reasons === 0 ? 'the thesis, for which the map gives no reasons yet,' : `the ${count(reasons, 'argument')} for the thesis`;
  const opposition = [objections > 0 ? `the ${count(objections, 'counter-argument')}` : '', rivals > 0 ? `the ${count(rivals, 'rival answer')}` : ''].filter(Boolean);
  parts.push(opposition.length > 0 ? `Weigh ${case_} against ${opposition.join(' and ')}. ` : `Weigh ${case_}: the map holds no objections to it yet, so what would a critic say? `);
  if (stances.length > 0) parts.push(`Among the historians cited, ${stances.join(', ')}. `);
  if (objections > 0) parts.push('Which objection is strongest, and does a reply meet it? ');
  // The claim's own full stop would double the sentence's.
  parts.push(`Conclude with your own judgement on “${(thesis.title ?? thesis.text).replace(/\.$/, '')}”.`);
  return parts.join('');
}
