import type { OutlineItem } from '../../domain/outline/types';
import { useCounterpointStore } from '../../store';
import type { OutlineActions } from './useOutlineActions';
import type { OutlineModel } from './useOutlineModel';

/** Notices about the thesis itself, above the tree: what an essay on it still lacks. */
export function ThesisCallouts({ model, actions }: { model: OutlineModel; actions: OutlineActions }) {
  const store = useCounterpointStore();
  const thesis = model.outline.thesis;
  const cut = countCut(model);
  return (
    <>
      {/* A thesis needs the source's own words, whatever else it cites. */}
      {!thesis.children.some((c) => c.role === 'evidence') ? (
        <div className="cp-ol-callout">
          <p>
            <strong>No evidence yet:</strong> no passage of the source states or supports this thesis. Add passages from the reader.
          </p>
          <button
            type="button"
            className="cp-button"
            onClick={() => {
              const s = store.getState();
              if (thesis.nodeId) s.selectNode(thesis.nodeId);
              s.setSidePanel({ tab: 'reader', open: true });
            }}
          >
            Open the reader
          </button>
        </div>
      ) : null}
      {cut > 0 ? (
        <div className="cp-ol-callout cp-ol-callout--quiet">
          <p>
            The outline follows reasons and objections {model.depth} {model.depth === 1 ? 'level' : 'levels'} deep; {cut} further{' '}
            {cut === 1 ? 'point is' : 'points are'} not shown.
          </p>
          {model.depth < 12 ? (
            <button type="button" className="cp-button" onClick={() => actions.setDepth(model.depth + 1)}>
              Go one level deeper
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

const cutBelow = (item: OutlineItem): number => (item.cut ?? 0) + item.children.reduce((n, c) => n + cutBelow(c), 0);

function countCut(model: OutlineModel): number {
  const { thesis, sections } = model.outline;
  return [thesis, ...sections.flatMap((s) => s.items)].reduce((n, item) => n + cutBelow(item), 0);
}
