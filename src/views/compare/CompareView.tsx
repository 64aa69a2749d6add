import { ICONS } from '../../ui/icons';
import { useCounterpoint, useCounterpointStore } from '../../store';
import { compareState, setCompareMode, type CompareMode } from './state';
import { CompareEmpty } from './CompareEmpty';
import { ComparisonMatrix } from './ComparisonMatrix';
import { ExportBar } from './ExportBar';
import { OverallLine } from './OverallLine';
import { PositionPicker } from './PositionPicker';
import { TimelineView } from './TimelineView';
import { useComparison } from './useComparison';
import './compare.css';

const MODES: readonly { id: CompareMode; label: string }[] = [
  { id: 'matrix', label: 'Matrix' },
  { id: 'timeline', label: 'Timeline' },
];

/** Positions side by side: the matrix of questions against positions, or the same positions in time. */
export function CompareView() {
  const store = useCounterpointStore();
  const title = useCounterpoint((s) => s.doc.title);
  const ready = useCounterpoint((s) => s.doc.positions.length >= 2 && s.doc.questions.length > 0);
  const mode = useCounterpoint((s) => compareState.select(s).mode);
  const { ids, comparison } = useComparison();
  if (!ready) {
    return (
      <div className="cp-compare">
        <CompareEmpty />
      </div>
    );
  }
  return (
    <div className="cp-compare">
      <header className="cp-compare__head">
        <h2 className="cp-compare__title">
          Compare positions<span className="cp-compare__map">: {title}</span>
        </h2>
        <div className="cp-segmented" role="group" aria-label="Show the comparison as">
          {MODES.map((m) => (
            <button key={m.id} type="button" aria-pressed={mode === m.id} onClick={() => setCompareMode(store, m.id)}>
              {m.label}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="cp-button cp-compare__lanes"
          title="The map with a lane per position and a row per question"
          onClick={() => {
            store.getState().setLayoutMode('lanes');
            store.getState().setView('map');
          }}
        >
          {ICONS.lanes} Swimlanes
        </button>
        {comparison ? <ExportBar comparison={comparison} /> : null}
      </header>
      <PositionPicker chosen={ids} />
      {!comparison ? (
        <p className="cp-compare__hint">Choose one more position to compare.</p>
      ) : mode === 'timeline' ? (
        <TimelineView ids={ids} />
      ) : (
        <>
          <OverallLine overall={comparison.overall} />
          <ComparisonMatrix comparison={comparison} />
        </>
      )}
    </div>
  );
}
