import { useId } from 'react';
import { CITATION_STYLE_IDS, CITATION_STYLES, isCitationStyleId } from '../../formats/citations/styles';
import { ThesisPicker } from './ThesisPicker';
import type { OutlineActions } from './useOutlineActions';
import type { OutlineModel } from './useOutlineModel';

interface Props {
  readonly model: OutlineModel;
  readonly actions: OutlineActions;
  readonly onChooseThesis: (id: string) => void;
  readonly onCopy: () => void;
  readonly onExport: () => void;
  readonly onPrint: () => void;
}

const DEPTHS = [1, 2, 3, 4, 5, 6, 7, 8];

/** The outline's settings (thesis, citation style, depth) and what to do with it (copy, export, print). */
export function OutlineBar({ model, actions, onChooseThesis, onCopy, onExport, onPrint }: Props) {
  const id = useId();
  const depths = DEPTHS.includes(model.depth) ? DEPTHS : [...DEPTHS, model.depth];
  return (
    <div className="cp-ol-bar" role="group" aria-label="Outline settings">
      <ThesisPicker thesisId={model.thesisId} onChoose={onChooseThesis} />
      <div className="cp-ol-field">
        <label htmlFor={`${id}-style`}>Citation style</label>
        <select id={`${id}-style`} value={model.style} onChange={(e) => isCitationStyleId(e.target.value) && actions.setStyle(e.target.value)}>
          {CITATION_STYLE_IDS.map((s) => (
            <option key={s} value={s}>
              {CITATION_STYLES[s].label}
            </option>
          ))}
        </select>
      </div>
      <div className="cp-ol-field">
        <label htmlFor={`${id}-depth`}>Depth</label>
        <select id={`${id}-depth`} value={model.depth} onChange={(e) => actions.setDepth(Number(e.target.value))}>
          {depths.map((d) => (
            <option key={d} value={d}>
              {d} {d === 1 ? 'level' : 'levels'}
            </option>
          ))}
        </select>
      </div>
      <div className="cp-ol-bar__end">
        <button type="button" className="cp-button" onClick={onCopy}>
          Copy Markdown
        </button>
        <button type="button" className="cp-button" onClick={onExport}>
          Export .md
        </button>
        <button type="button" className="cp-button" onClick={onPrint}>
          Print…
        </button>
      </div>
    </div>
  );
}
