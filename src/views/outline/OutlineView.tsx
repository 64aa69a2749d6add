import { useCallback, useMemo, useState } from 'react';
import { CITATION_STYLES } from '../../formats/citations/styles';
import { outlineFileName } from '../../formats/outline/labels';
import { renderOutlineMarkdown } from '../../formats/outline/markdown';
import { useCounterpoint, useCounterpointStore } from '../../store';
import type { TreeEntry } from '../../domain/outline/tree';
import { EmptyOutline } from './EmptyOutline';
import { previewAnchor } from './entryNames';
import { copyText, download } from '../../ui/download';
import { OutlineBar } from './OutlineBar';
import { OutlinePreview } from './OutlinePreview';
import { ThesisCallouts } from './ThesisCallouts';
import { OutlineTree } from './tree/OutlineTree';
import { useAnnouncer } from './useAnnouncer';
import { useOutlineCitations } from './useCitations';
import { useOutlineActions } from './useOutlineActions';
import { useOutlineModel, useOutlineThesis, type NoteDraft } from './useOutlineModel';
import './outline.css';
import { setOutlineThesis } from './state';

/**
 * The outline view: the essay outline for a thesis of the map, arranged in a tree (order,
 * inclusion, the user's notes, all saved with the map) beside a live preview of the
 * Markdown it exports, with citations in the chosen style.
 */
export function OutlineView() {
  const store = useCounterpointStore();
  const thesisId = useOutlineThesis();
  const [editingNote, setEditingNote] = useState<string | null>(null);
  const [draft, setDraft] = useState<NoteDraft | null>(null);
  const model = useOutlineModel(thesisId, draft);
  const [message, announce] = useAnnouncer();
  const actions = useOutlineActions(model, announce);
  const mapId = useCounterpoint((s) => s.doc.id);
  const mapTitle = useCounterpoint((s) => s.doc.title);
  const references = useCounterpoint((s) => s.doc.references);
  const style = model?.style ?? 'chicago-author-date';
  const cites = useOutlineCitations(model?.outline, references, style);
  const markdown = useMemo(
    () => (model ? renderOutlineMarkdown(model.outline, { citations: cites.citations, mapTitle }) : ''),
    [model, cites.citations, mapTitle],
  );

  const editNote = useCallback((id: string | null) => {
    setEditingNote(id);
    setDraft(null);
  }, []);
  const onDraft = useCallback((id: string, text: string) => setDraft({ id, text }), []);
  const [anchor, setAnchor] = useState<string | null>(null);
  const onActive = useCallback((entry: TreeEntry) => setAnchor(entry.excluded || entry.excludedAbove ? null : previewAnchor(entry)), []);

  if (!thesisId || !model) return <EmptyOutline />;

  /** The Markdown with citations for the outline as it is now, not a moment ago. */
  const finalMarkdown = async () => renderOutlineMarkdown(model.outline, { citations: await cites.current(), mapTitle });
  const onCopy = async () => {
    const ok = await copyText(await finalMarkdown());
    announce(ok ? 'Copied the outline to the clipboard as Markdown.' : 'The browser did not allow copying; use Export .md instead.');
    if (!ok) store.getState().notify({ tone: 'error', text: 'The browser did not allow copying to the clipboard; use Export .md instead.' });
  };
  const onExport = async () => {
    const fileName = outlineFileName(mapId, model.thesisId);
    download(fileName, await finalMarkdown(), 'text/markdown');
    announce(`Exported ${fileName}.`);
  };
  const onExportDocx = async () => {
    // Loaded on demand: the Word writer and the citation engine stay out of the app until asked for.
    const [{ outlineDocx }, { browserStyleFiles }] = await Promise.all([import('../../formats/outline/docx'), import('../../formats/citations/browserStyleFiles')]);
    const { doc, sourceTexts, anchors } = store.getState();
    const made = await outlineDocx(doc, model.thesisId, { files: browserStyleFiles, sourceTexts, anchors, style: model.style, depth: model.depth });
    if (!made.ok) {
      store.getState().notify({ tone: 'error', title: 'The Word document could not be made', text: made.problem.message, problems: [made.problem] });
      return;
    }
    const fileName = outlineFileName(mapId, model.thesisId).replace(/\.md$/, '.docx');
    download(fileName, made.bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    announce(`Exported ${fileName}.`);
  };
  const onPrint = async () => {
    await cites.current();
    // Let the preview render the final citations before the print dialog freezes the page.
    requestAnimationFrame(() => window.print());
  };

  return (
    <div className="cp-outline" data-own-keys="">
      <OutlineBar
        model={model}
        actions={actions}
        onChooseThesis={(id) => {
          editNote(null);
          setOutlineThesis(store, id);
        }}
      />
      <div className="cp-ol-body">
        <div className="cp-ol-pane cp-ol-arrange">
          <header className="cp-ol-pane__head">
            <h2 id="cp-ol-tree-title">Outline</h2>
            <span className="cp-ol-pane__status">Saved with the map</span>
          </header>
          <div className="cp-ol-pane__scroll">
            <ThesisCallouts model={model} actions={actions} />
            <OutlineTree model={model} actions={actions} editingNote={editingNote} onEditNote={editNote} onDraft={onDraft} onActive={onActive} />
          </div>
        </div>
        <OutlinePreview markdown={markdown} pending={cites.pending} error={cites.error} styleLabel={CITATION_STYLES[style].label}
          anchor={anchor}
          onCopy={() => void onCopy()}
          onExport={() => void onExport()}
          onExportDocx={() => void onExportDocx()}
          onPrint={() => void onPrint()}
        />
      </div>
      <div className="cp-visually-hidden" role="status" aria-live="polite">
        {message}
      </div>
    </div>
  );
}
