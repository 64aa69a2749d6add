import { loadMap } from '../../src/domain/loader';
import type { ArgumentMap } from '../../src/domain/schema/map';
import { serializeMap } from '../../src/domain/serialize';
import { mapStats, type MapStats } from '../../src/domain/stats';
import { corpusIndex, type CorpusIndex } from './lib/corpusIndex';
import { SOURCE_FILE } from './lib/passages';
import { china } from './specs/china';
import { gettingStarted } from './specs/gettingStarted';
import { overview } from './specs/overview';
import { permanentRevolution } from './specs/permanentRevolution';
import { popularFront } from './specs/popularFront';
import { socialismInOneCountry } from './specs/socialismInOneCountry';
import { whatWasTheUssr } from './specs/whatWasTheUssr';

/** Every default map, in the order the README lists them. */
export const MAP_SPECS: readonly ((corpus: CorpusIndex) => ArgumentMap)[] = [
  overview,
  permanentRevolution,
  socialismInOneCountry,
  popularFront,
  china,
  whatWasTheUssr,
  gettingStarted,
];

export interface BuiltMap {
  readonly map: ArgumentMap;
  /** The file's path under maps/. */
  readonly file: string;
  /** The file's bytes, as serializeMap writes them. */
  readonly text: string;
}

export function buildDefaultMaps(): BuiltMap[] {
  const corpus = corpusIndex();
  return MAP_SPECS.map((spec) => {
    const map = spec(corpus);
    return { map, file: `${map.id}.map.json`, text: serializeMap(map) };
  });
}

/** `counterpoint stats` of a built map, through the one loader, as the command line computes them. */
export function builtMapStats(built: BuiltMap, sourceText: string): MapStats {
  const result = loadMap(built.text, {
    readSource: (path) => (path === SOURCE_FILE ? { status: 'ok', text: sourceText } : { status: 'missing' }),
  });
  if (!result.ok) throw new Error(`${built.file} does not load: ${result.problems.map((p) => `${p.code} ${p.message}`).join('; ')}`);
  const troubles = result.problems.filter((p) => p.severity !== 'info');
  if (troubles.length > 0) throw new Error(`${built.file}: ${troubles.map((p) => `${p.code} ${p.message}`).join('; ')}`);
  return mapStats(result.map, result.anchors, result.sourceTexts);
}

/**
 * The README's table of default maps, one row per map, from their stats. Its works are the
 * works cited (`worksCited`), not their nodes: a work reading several claims has a node beside each.
 */
export function mapsTable(built: readonly BuiltMap[], sourceText: string): string {
  const rows = built.map((b) => ({ file: b.file, stats: builtMapStats(b, sourceText) }));
  const lines = [
    '| map | title | claims | passages | objections | works | positions | questions |',
    '|---|---|--:|--:|--:|--:|--:|--:|',
  ];
  for (const { file, stats: s } of rows) {
    const cells = [`[\`${file}\`](maps/${file})`, s.title, s.nodes.claim, s.nodes.passage, s.nodes.objection, s.worksCited, s.positions, s.questions];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

export const TABLE_START = '<!-- default-maps-table:start (written by npm run maps) -->';
export const TABLE_END = '<!-- default-maps-table:end -->';

/** The README with its default-maps table replaced; the markers must already be there. */
export function withMapsTable(readme: string, table: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start === -1 || end < start) throw new Error('README.md has no default-maps table markers');
  return `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`;
}
