import { filtersActive, useCounterpoint } from '../../store';
import { CommandButton } from '../../ui/CommandButton';
import { ICONS } from '../../ui/icons';
import { MenuButton } from '../../ui/MenuButton';

/**
 * The map's own tools, floating over the canvas: how to arrange and see it at the top left,
 * what to add at the bottom centre (where the hand is, as in tldraw), leaving the top right
 * to the legend.
 */
export function CanvasToolbar() {
  const filtered = useCounterpoint((s) => filtersActive(s.filters));
  const hops = useCounterpoint((s) => s.focusHops);
  return (
    <>
      <div className="cp-floating-bar cp-canvas-tools cp-canvas-tools--bottom" role="toolbar" aria-label="Add to the map">
        <CommandButton id="create.claim" icon={ICONS.claim} label="Claim" />
        <CommandButton id="create.objection" icon={ICONS.objection} label="Objection" />
        <CommandButton id="create.passage" icon={ICONS.passage} label="Passage" />
        <CommandButton id="create.work" icon={ICONS.work} label="Work" />
        <CommandButton id="create.note" icon={ICONS.note} label="Note" />
      </div>
      <div className="cp-floating-bar cp-canvas-tools" role="toolbar" aria-label="Arrange and view the map">
        <CommandButton id="layout.lanes" icon={ICONS.lanes} />
        <MenuButton label="Layout" icon={ICONS.layout} commands={['layout.selection', 'layout.all', 'layout.resetLanes', 'view.fit', 'view.fitSelection', 'view.expandAll']} />
        <CommandButton id="view.filters" icon={ICONS.filter} label={filtered ? 'Filters on' : 'Filters'} className={filtered ? 'cp-tool--on' : undefined} />
        <CommandButton id="view.focus" icon={ICONS.focus} label={hops === null ? 'Focus' : `Focus ${hops}`} />
        {hops !== null ? (
          <>
            <CommandButton id="view.focusNarrower" icon={ICONS.minus} showLabel={false} />
            <CommandButton id="view.focusWider" icon={ICONS.plus} showLabel={false} />
          </>
        ) : null}
      </div>
    </>
  );
}
