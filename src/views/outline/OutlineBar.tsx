import { useId } from 'react';
import { CITATION_STYLE_IDS, CITATION_STYLES, isCitationStyleId } from '../../formats/citations/styles';
import { ThesisPicker } from './ThesisPicker';
import type { OutlineActions } from './useOutlineActions';
import type { OutlineModel } from './useOutlineModel';

interface Props {
  readonly model: OutlineModel;
  readonly actions: OutlineActions;
  readonly onChooseThesis: (id: string) => void;
}

const DEPTHS = [1, 2, 3, 4, 5, 6, 7, 8];

/** The outline's settings: its thesis, citation style and depth. */
export function OutlineBar({ model, actions, onChooseThesis }: Props) {
  const id = useId();
  const depths = DEPTHS.includes(model.depth) ? DEPTHS : [...DEPTHS, model.depth];
  return (
    <div className="cp-ol-bar" role="group" aria-label="Outline settings">
      <ThesisPicker thesisId={model.thesisId} onChoose={onChooseThesis} />
      <div className="cp-ol-field">
        <label htmlFor={`${id}-style`}>Citation style</label>
        <select id={`${id}-style`} className="cp-ol-style" value={model.style} onChange={(e) => isCitationStyleId(e.target.value) && actions.setStyle(e.target.value)}>
          {CITATION_STYLE_IDS.map((s) => (
            <option key={s} value={s}>
              {/* The edition is named in the preview's opening line; the menu keeps to the style's name. */}
              {CITATION_STYLES[s].label.replace(/ \(.*\)$/, '')}
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
    </div>
  );
}
