import { useEffect, useMemo, useState } from 'react';
import { sourceCoverage } from '../../domain/coverage';
import { coverageAcrossMaps, roundShare, type CoverageMap, type ParagraphCoverage } from '../../domain/reader/mapsCoverage';
import { useCounterpoint, useCounterpointStore } from '../../store';
import { useCommandContext } from '../../commands/CommandsProvider';
import type { ActiveSource } from './useActiveSource';

export interface MapsCoverage {
  /** Paragraphs this map cites, as `counterpoint stats <map>` counts them. */
  readonly thisMap: { readonly cited: readonly number[]; readonly paragraphs: number; readonly share: number };
  /** Across every map, this one as it stands now included; null while the others load. */
  readonly allMaps: ParagraphCoverage | null;
}

/** Coverage of the active source by this map and by all maps. */
export function useMapsCoverage(active: ActiveSource | null): MapsCoverage {
  const store = useCounterpointStore();
  const { library } = useCommandContext().session;
  const mapKey = useCounterpoint((s) => s.mapKey);
  const nodes = useCounterpoint((s) => s.doc.nodes);
  const sources = useCounterpoint((s) => s.doc.sources);
  const catalogue = useCounterpoint((s) => s.catalogue);
  // Re-read other maps when the set of maps or their edited flags change, not on every autosave.
  const signature = catalogue.map((c) => `${c.key}:${c.edited}`).join('|');
  const [others, setOthers] = useState<CoverageMap[] | null>(null);

  useEffect(() => {
    let live = true;
    void library.otherMaps(store.getState().catalogue, mapKey).then((maps) => live && setOthers(maps));
    return () => {
      live = false;
    };
  }, [store, library, mapKey, signature]);

  return useMemo(() => {
    if (!active) return { thisMap: { cited: [], paragraphs: 0, share: 0 }, allMaps: null };
    const { doc, sourceTexts } = store.getState();
    const text = active.text.text;
    const mine = sourceCoverage([doc], active.source.id, text, active.paragraphs);
    const thisMap = { cited: mine.cited, paragraphs: mine.paragraphs, share: roundShare(mine.cited.length, mine.paragraphs) };
    const current: CoverageMap = { key: mapKey, title: doc.title, map: doc, sourceTexts };
    // While the others reload after a switch, the last copies stand in (the open map never counts twice).
    const allMaps = others ? coverageAcrossMaps([current, ...others.filter((m) => m.key !== mapKey)], active.source, text, active.paragraphs) : null;
    return { thisMap, allMaps };
  }, [active?.source, active?.text, active?.paragraphs, nodes, sources, others, mapKey, store]);
}
