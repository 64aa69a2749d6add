/**
 * Builds maps/getting-started.map.json, the small map the README's tour starts from.
 * Passages are cut from the source by scripts/lib/cutPassage.ts, never typed by hand.
 * Run: npx tsx scripts/build-starter-map.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArgumentMap } from '../src/domain/schema/map';
import { serializeMap } from '../src/domain/serialize';
import { SourceText } from '../src/domain/text/sourceText';
import { asReference, readClaims, readHistoriography, ROOT } from './lib/corpus';
import { cutPassage } from './lib/cutPassage';

const source = new SourceText(readFileSync(join(ROOT, 'maps/sources/rrs.txt'), 'utf8'));
const { claims } = readClaims();
const works = new Map(readHistoriography().map((w) => [w.id, w]));
const quote = (claimId: string, passageId: string) => {
  const p = claims.find((c) => c.id === claimId)!.passages.find((x) => x.id === passageId)!;
  return cutPassage(source, 'rrs', passageId, p.quote);
};

const map: ArgumentMap = {
  format: 'counterpoint-map',
  version: 1,
  id: 'getting-started',
  title: 'Getting started: who can lead the democratic revolution?',
  description:
    'A small map to learn Counterpoint on: the Menshevik two-stage view against the text\'s case that the Russian bourgeoisie could not lead its own revolution, with the passages that state them, an objection and three historians\' readings.',
  sources: [{ id: 'rrs', title: 'The Russian Revolution and the Rise of Stalinism', file: 'sources/rrs.txt' }],
  positions: [
    { id: 'mensheviks', label: 'Mensheviks', color: '#E69F00', period: '1903-1917', from: 1903, to: 1917 },
    { id: 'author', label: 'The text\'s author', color: '#0072B2', period: 'the text' },
  ],
  questions: [{ id: 'who-leads', text: 'Who can lead the democratic revolution in Russia?' }],
  references: ['plekhanov1885', 'ascher1988', 'lowy1981'].map((id) => asReference(works.get(id)!)),
  nodes: [
    {
      id: 'stages-theory',
      kind: 'claim',
      title: 'The liberal bourgeoisie must lead; socialism must wait',
      text: 'Because the revolution\'s tasks were bourgeois-democratic and Russia backward, the liberal bourgeoisie had to lead it and the country had to pass through a prolonged capitalist period before any socialist revolution.',
      position: 'mensheviks',
      answers: 'who-leads',
    },
    {
      id: 'bourgeoisie-cannot-lead',
      kind: 'claim',
      title: 'The bourgeoisie cannot carry through the democratic revolution',
      text: 'Tied to landlords and to foreign capital and frightened of the workers, the bourgeoisie of late-developing countries turns against the democratic revolution, so land, democracy and national freedom can only be won against it.',
      position: 'author',
      answers: 'who-leads',
      central: true,
    },
    quote('stages-theory', 'stages-theory-p1'),
    quote('stages-theory', 'stages-theory-p2'),
    quote('bourgeoisie-cannot-lead', 'bourgeoisie-cannot-lead-p1'),
    quote('bourgeoisie-cannot-lead', 'bourgeoisie-cannot-lead-p2'),
    quote('bourgeoisie-cannot-lead', 'bourgeoisie-cannot-lead-p4'),
    {
      id: 'obj-liberals-1905',
      kind: 'objection',
      title: 'Liberals led the 1905 opposition',
      text: 'Liberals stood at the centre of the 1905 opposition, and the outcome came from missed compromises between government and opposition rather than a simple liberal betrayal.',
      ref: 'ascher1988',
    },
    { id: 'w-plekhanov1885', kind: 'work', ref: 'plekhanov1885' },
    { id: 'w-ascher1988', kind: 'work', ref: 'ascher1988' },
    { id: 'w-lowy1981', kind: 'work', ref: 'lowy1981' },
    {
      id: 'n-start',
      kind: 'note',
      title: 'How to read this map',
      text: 'Claims are cards coloured by the position that holds them; passages quote the source verbatim; works are historians\' readings, marked as supporting, challenging or complicating the claim they point at.',
    },
  ],
  edges: [
    { id: 'e1', from: 'stages-theory-p1', to: 'stages-theory', relation: 'states' },
    { id: 'e2', from: 'stages-theory-p2', to: 'stages-theory', relation: 'states' },
    { id: 'e3', from: 'bourgeoisie-cannot-lead-p1', to: 'bourgeoisie-cannot-lead', relation: 'states' },
    { id: 'e4', from: 'bourgeoisie-cannot-lead-p2', to: 'bourgeoisie-cannot-lead', relation: 'states' },
    { id: 'e5', from: 'bourgeoisie-cannot-lead-p4', to: 'bourgeoisie-cannot-lead', relation: 'supports' },
    { id: 'e6', from: 'bourgeoisie-cannot-lead', to: 'stages-theory', relation: 'contrasts' },
    { id: 'e7', from: 'obj-liberals-1905', to: 'bourgeoisie-cannot-lead', relation: 'attacks' },
    // historiography.json gives stances relative to the text; for the rejected two-stage claim they flip.
    { id: 'e8', from: 'w-plekhanov1885', to: 'stages-theory', relation: 'assesses', stance: 'supports', note: works.get('plekhanov1885')!.stance!['stages-theory']!.note },
    { id: 'e9', from: 'w-lowy1981', to: 'stages-theory', relation: 'assesses', stance: 'challenges', note: works.get('lowy1981')!.stance!['stages-theory']!.note },
    { id: 'e10', from: 'w-ascher1988', to: 'bourgeoisie-cannot-lead', relation: 'assesses', stance: 'complicates', note: works.get('ascher1988')!.stance!['bourgeoisie-cannot-lead']!.note },
  ],
  layout: {
    'n-start': { x: 0, y: -200 },
    'stages-theory': { x: 0, y: 0 },
    'bourgeoisie-cannot-lead': { x: 520, y: 0 },
    'stages-theory-p1': { x: -160, y: 220 },
    'stages-theory-p2': { x: 140, y: 220 },
    'bourgeoisie-cannot-lead-p1': { x: 400, y: 220 },
    'bourgeoisie-cannot-lead-p2': { x: 700, y: 220 },
    'bourgeoisie-cannot-lead-p4': { x: 1000, y: 220 },
    'obj-liberals-1905': { x: 900, y: -200 },
    'w-plekhanov1885': { x: -200, y: -400 },
    'w-lowy1981': { x: 100, y: -400 },
    'w-ascher1988': { x: 560, y: -400 },
  },
};

writeFileSync(join(ROOT, 'maps/getting-started.map.json'), serializeMap(map));
console.log('wrote maps/getting-started.map.json');
