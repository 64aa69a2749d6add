import { useEffect, useMemo, useRef } from 'react';
import { nodeById, selectPrimaryNodeId, useCounterpoint, useCounterpointStore } from '../../store';
import { CitationsPopover } from './CitationsPopover';
import { CoverageBar } from './CoverageBar';
import { CoverageSummary } from './CoverageSummary';
import { HighlightCard } from './HighlightCard';
import { readerStore } from './readerState';
import { ReaderText } from './ReaderText';
import { NoSource } from './NoSource';
import { SearchBar } from './SearchBar';
import { SelectionToolbar } from './SelectionToolbar';
import { SourcePicker } from './SourcePicker';
import { SourceWork } from './SourceWork';
import { useActiveSource } from './useActiveSource';
import { useMapsCoverage } from './useMapsCoverage';
import { useParagraphGeometry } from './useParagraphGeometry';
import { useParagraphMarks } from './useParagraphMarks';
import { useSourceSearch } from './useSourceSearch';
import './reader.css';

/**
 * The source reader in the side panel: the text of one of the map's sources, numbered by
 * paragraph, with the map's passages highlighted in their claims' colours, search, the
 * overview of what is mapped, and passages made from selections.
 */
export function ReaderPanel() {
  const { sources, active, missing } = useActiveSource();
  useFollowSelection();
  const passages = useParagraphMarks(active);
  const search = useSourceSearch(active);
  const coverage = useMapsCoverage(active);
  const container = useRef<HTMLDivElement>(null);
  const geometry = useParagraphGeometry(container, active?.text);

  const lanes = useMemo(() => {
    const count = active?.paragraphs.length ?? 0;
    const thisMap: (string | null)[] = Array.from({ length: count + 1 }, () => null);
    for (const n of coverage.thisMap.cited) thisMap[n] = passages.marks[n]?.[0]?.colors[0] ?? 'var(--cp-accent)';
    const anyMap = coverage.allMaps ? coverage.allMaps.citedBy.map((keys) => keys.length > 0) : null;
    const selected = passages.marks.flatMap((marks, n) => (marks.some((m) => m.emphasis !== 'none') ? [n] : []));
    return { thisMap, anyMap, selected };
  }, [active?.paragraphs.length, coverage, passages.marks]);
  const hitParagraphs = useMemo(() => search.groups.map((g) => g.paragraph), [search.groups]);

  return (
    <section className="cp-reader" aria-label="Reader">
      <SourcePicker sources={sources} current={active?.source ?? missing} />
      {active || missing ? <SourceWork source={(active?.source ?? missing)!} /> : null}
      {active ? (
        <>
          <SearchBar search={search} active={active} />
          <div className="cp-reader__body">
            <ReaderText active={active} passages={passages} search={search} citedAnywhere={lanes.anyMap ?? lanes.thisMap.map(Boolean)} container={container}>
              <SelectionToolbar container={container} />
              <CitationsPopover container={container} highlights={passages.highlights} citedBy={coverage.allMaps?.citedBy ?? []} />
            </ReaderText>
            <CoverageBar
              container={container}
              geometry={geometry}
              thisMap={lanes.thisMap}
              anyMap={lanes.anyMap}
              hitParagraphs={hitParagraphs}
              selectedParagraphs={lanes.selected}
              label="Overview of the text: what is mapped"
            />
          </div>
          <CoverageSummary coverage={coverage} />
          <HighlightCard container={container} byId={passages.byId} />
        </>
      ) : (
        <NoSource missing={missing} />
      )}
    </section>
  );
}

/**
 * Selecting a passage of another of the map's sources turns the reader to that source; only
 * a new selection does, so choosing another source by hand is not undone.
 */
function useFollowSelection() {
  const store = useCounterpointStore();
  const primary = useCounterpoint(selectPrimaryNodeId);
  useEffect(() => {
    const { doc, mapKey } = store.getState();
    const node = primary ? nodeById(doc, primary) : undefined;
    if (node?.kind !== 'passage' || !doc.sources.some((s) => s.id === node.source)) return;
    const shown = readerStore.getState().sourceByMap[mapKey] ?? doc.sources[0]?.id;
    if (node.source !== shown) readerStore.getState().setSource(mapKey, node.source);
  }, [primary, store]);
}
