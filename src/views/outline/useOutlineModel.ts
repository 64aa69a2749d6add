import { useEffect, useMemo } from 'react';
import { applySavedOutline } from '../../domain/outline/apply';
import { buildOutline } from '../../domain/outline/build';
import { savedOutlineFor, setUserNote } from '../../domain/outline/edit';
import { defaultThesis, isThesis } from '../../domain/outline/thesis';
import { DEFAULT_DEPTH, type Outline } from '../../domain/outline/types';
import { DEFAULT_CITATION_STYLE, type CitationStyleId, type SavedOutline } from '../../domain/schema/outline';
import { useCounterpoint, useCounterpointStore } from '../../store';
import { outlineState, setOutlineThesis } from './state';

/** A note being typed: shown in the preview as it is typed, saved (one undo step) when the editor closes. */
export interface NoteDraft {
  readonly id: string;
  readonly text: string;
}

export interface OutlineModel {
  readonly thesisId: string;
  /** The outline as the user arranged it, with a note being typed already in it. */
  readonly outline: Outline;
  /** The arrangement as saved in the map (never the draft). */
  readonly saved: SavedOutline;
  readonly style: CitationStyleId;
  readonly depth: number;
}

/**
 * The thesis the view shows: the one chosen, or, when none is (or it was deleted), the
 * selected claim or the map's first central claim, which is then remembered, so that
 * clicking through the outline (which selects nodes) never changes its thesis.
 */
export function useOutlineThesis(): string | undefined {
  const store = useCounterpointStore();
  const doc = useCounterpoint((s) => s.doc);
  const chosen = useCounterpoint((s) => outlineState.select(s).thesis);
  const valid = isThesis(doc, chosen);
  const thesis = valid ? chosen : defaultThesis(doc, store.getState().selection.nodes);
  useEffect(() => {
    if (!valid && thesis) setOutlineThesis(store, thesis);
  }, [valid, thesis, store]);
  return thesis;
}

/** The outline for a thesis, rebuilt from the map whenever the map changes and arranged as saved. */
export function useOutlineModel(thesisId: string | undefined, draft: NoteDraft | null): OutlineModel | undefined {
  const doc = useCounterpoint((s) => s.doc);
  const sourceTexts = useCounterpoint((s) => s.sourceTexts);
  const anchors = useCounterpoint((s) => s.anchors);
  const saved = useMemo(() => (thesisId ? (savedOutlineFor(doc, thesisId) ?? { thesis: thesisId }) : undefined), [doc, thesisId]);
  const depth = saved?.depth ?? DEFAULT_DEPTH;
  const built = useMemo(() => (thesisId ? buildOutline(doc, thesisId, { sourceTexts, anchors, depth }) : undefined), [doc, thesisId, sourceTexts, anchors, depth]);
  return useMemo(() => {
    if (!thesisId || !saved || !built?.ok) return undefined;
    const arranged = draft ? setUserNote(saved, draft.id, draft.text) : saved;
    return { thesisId, outline: applySavedOutline(built.outline, arranged), saved, style: saved.style ?? DEFAULT_CITATION_STYLE, depth };
  }, [thesisId, saved, built, draft, depth]);
}
