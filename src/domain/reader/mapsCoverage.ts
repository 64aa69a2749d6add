import { sourceCoverage } from '../coverage';
import type { ArgumentMap } from '../schema/map';
import type { Source } from '../schema/source';
import type { Paragraph } from '../text/paragraphs';
import { ownValue } from '../ownKey';

/** A loaded map, as coverage needs it: its passages and the texts of its sources. */
export interface CoverageMap {
  /** The map's key in the app's catalogue (a bundled file's slug, a local map's id). */
  readonly key: string;
  readonly title: string;
  readonly map: ArgumentMap;
  readonly sourceTexts: Readonly<Record<string, string>>;
}

/**
 * The id a map gives to a source. Maps name sources with their own ids, so the same text
 * is recognised by its file under maps/ (as `counterpoint stats` does for a folder) or, for
 * inline texts, by being the same text.
 */
export function sameSourceIn(entry: CoverageMap, target: Pick<Source, 'file'>, text: string): string | undefined {
  for (const s of entry.map.sources) {
    if (target.file !== undefined ? s.file === target.file : ownValue(entry.sourceTexts, s.id) === text) return s.id;
  }
  return undefined;
}

export interface ParagraphCoverage {
  readonly paragraphs: number;
  /** For each paragraph number (index), the keys of the maps citing it. */
  readonly citedBy: readonly (readonly string[])[];
  /** Paragraphs cited by at least one of the maps. */
  readonly cited: number;
  /** cited / paragraphs, rounded to thousandths as `counterpoint stats` prints it. */
  readonly share: number;
}

/** Which maps cite each paragraph of a source, with the share of paragraphs any of them cite. */
export function coverageAcrossMaps(entries: readonly CoverageMap[], target: Pick<Source, 'file'>, text: string, paragraphs: readonly Paragraph[]): ParagraphCoverage {
  const citedBy: string[][] = Array.from({ length: paragraphs.length + 1 }, () => []);
  for (const entry of entries) {
    const id = sameSourceIn(entry, target, text);
    if (id === undefined) continue;
    for (const n of sourceCoverage([entry.map], id, text, paragraphs).cited) citedBy[n]!.push(entry.key);
  }
  const cited = citedBy.filter((keys) => keys.length > 0).length;
  return { paragraphs: paragraphs.length, citedBy, cited, share: roundShare(cited, paragraphs.length) };
}

/** A share rounded as `counterpoint stats` rounds it. */
export function roundShare(part: number, whole: number): number {
  return whole ? Math.round((part / whole) * 1000) / 1000 : 0;
}
