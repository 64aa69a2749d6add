import { useRef } from 'react';
import { SIDE_PANEL_WIDTH, useCounterpoint, useCounterpointStore } from '../../store';
import { SIDE_PANELS } from '../views';

/** The panel beside the view: tabs from the side-panel registry, resizable by dragging or with the arrow keys. */
export function SidePanel() {
  const store = useCounterpointStore();
  const { tab, width, open } = useCounterpoint((s) => s.sidePanel);
  const drag = useRef<{ x: number; width: number } | null>(null);
  const current = SIDE_PANELS.find((p) => p.id === tab) ?? SIDE_PANELS[0]!;
  const Panel = current.component;
  const setWidth = (w: number) => store.getState().setSidePanel({ width: w });
  if (!open) {
    return (
      <button type="button" className="cp-panel-reopen" onClick={() => store.getState().setSidePanel({ open: true })} aria-label="Show the side panel">
        ‹
      </button>
    );
  }
  return (
    <>
      <div
        className="cp-resizer"
        role="separator"
        aria-orientation="vertical"
        aria-label="Resize the side panel"
        aria-valuenow={width}
        aria-valuemin={SIDE_PANEL_WIDTH.min}
        aria-valuemax={SIDE_PANEL_WIDTH.max}
        tabIndex={0}
        onPointerDown={(e) => {
          drag.current = { x: e.clientX, width };
          e.currentTarget.setPointerCapture(e.pointerId);
        }}
        onPointerMove={(e) => {
          if (drag.current) setWidth(drag.current.width + drag.current.x - e.clientX);
        }}
        onPointerUp={() => {
          drag.current = null;
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowLeft') setWidth(width + 24);
          else if (e.key === 'ArrowRight') setWidth(width - 24);
          else return;
          e.preventDefault();
        }}
      />
      <aside className="cp-panel" style={{ width }} aria-label="Side panel">
        <div className="cp-panel__bar">
          <div className="cp-panel__tabs" role="tablist" aria-label="Side panel">
            {SIDE_PANELS.map((p) => (
              <button
                key={p.id}
                type="button"
                role="tab"
                id={`cp-panel-tab-${p.id}`}
                aria-selected={p.id === current.id}
                aria-controls="cp-panel-body"
                tabIndex={p.id === current.id ? 0 : -1}
                onClick={() => store.getState().setSidePanel({ tab: p.id })}
              >
                {p.label}
              </button>
            ))}
          </div>
          <button type="button" className="cp-icon-button cp-panel__close" aria-label="Hide the side panel" onClick={() => store.getState().setSidePanel({ open: false })}>
            ›
          </button>
        </div>
        <div className="cp-panel__body" id="cp-panel-body" role="tabpanel" aria-labelledby={`cp-panel-tab-${current.id}`}>
          <Panel />
        </div>
      </aside>
    </>
  );
}
