import type { Paragraph } from '../../domain/text/paragraphs';
import type { SourceText } from '../../domain/text/sourceText';
import type { Source } from '../../domain/schema/source';
import { sourceParagraphs, useCounterpoint } from '../../store';
import { useReader } from './readerState';
import { ownValue } from '../../domain/ownKey';

export interface ActiveSource {
  readonly source: Source;
  readonly text: SourceText;
  readonly paragraphs: readonly Paragraph[];
}

/** The source the reader shows: the one chosen for this map, else the map's first; with its text, if loaded. */
export function useActiveSource(): { sources: readonly Source[]; active: ActiveSource | null; missing: Source | null } {
  const mapKey = useCounterpoint((s) => s.mapKey);
  const sources = useCounterpoint((s) => s.doc.sources);
  const chosen = useReader((r) => r.sourceByMap[mapKey]);
  const source = sources.find((s) => s.id === chosen) ?? sources[0] ?? null;
  const raw = useCounterpoint((s) => (source ? ownValue(s.sourceTexts, source.id) : undefined));
  if (!source) return { sources, active: null, missing: null };
  if (raw === undefined) return { sources, active: null, missing: source };
  const { source: text, paragraphs } = sourceParagraphs(raw);
  return { sources, active: { source, text, paragraphs }, missing: null };
}
