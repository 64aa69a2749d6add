import type { DragEvent, MouseEvent } from 'react';
import { dropTarget, type TreeEntry } from '../../../domain/outline/tree';
import { pageLabel } from '../../../domain/reader/pageMarks';
import type { OutlineSection } from '../../../domain/outline/types';
import { itemHeadline, ROLE_LABELS } from '../../../formats/outline/labels';
import { entryName } from '../entryNames';
import { NoteIcon, ShowOnMapIcon } from '../../../ui/icons';
import { NoteEditor } from './NoteEditor';
import { RowBadges } from './RowBadges';
import { useTree } from './treeContext';

const movable = (entry: TreeEntry) => entry.parentId !== null && entry.siblings > 1;

/** What a section puts in the essay: its points, or for the historiography, its works. */
function countKept(section: OutlineSection): number {
  const kept = section.items.filter((i) => !i.excluded);
  return section.id === 'section:historiography' ? kept.reduce((n, group) => n + group.children.filter((w) => !w.excluded).length, 0) : kept.length;
}

/** A section's or item's line: what it is, its name, and the marks that need the writer's attention. */
function RowLabel({ entry }: { entry: TreeEntry }) {
  if (entry.section) {
    const kept = countKept(entry.section);
    return (
      <>
        <span className="cp-ol-label cp-ol-label--section">
          {entry.section.heading}
        </span>
        {entry.section.id !== 'section:conclusion' ? <span className="cp-ol-count" aria-hidden="true">{kept}</span> : null}
      </>
    );
  }
  const item = entry.item!;
  return (
    <>
      {item.role === 'stance' ? null : (
        <span className={`cp-ol-role cp-ol-role--${item.role}`}>
          {ROLE_LABELS[item.role]}
        </span>
      )}
      <span className={`cp-ol-label cp-ol-label--${item.role}${item.passage ? ' cp-ol-label--quote' : ''}`} title={item.passage || item.role === 'prompt' ? item.text : undefined}>
        {itemHeadline(item)}
      </span>
      {item.passage?.page !== undefined ? (
        <span className="cp-ol-para">{pageLabel(item.passage.page)}</span>
      ) : item.passage?.paragraph !== undefined ? (
        <span className="cp-ol-para">para. {item.passage.paragraph}</span>
      ) : null}
    </>
  );
}

export function TreeItem({ entry }: { entry: TreeEntry }) {
  const tree = useTree();
  const item = entry.item;
  const expanded = !tree.collapsed.has(entry.id);
  const hasChildren = entry.children.length > 0;
  const excludable = entry.kind !== 'thesis';
  const included = !entry.excluded;
  const dragging = tree.drag?.entry.id === entry.id;
  const over = tree.drag?.over?.id === entry.id ? tree.drag.over : undefined;
  const nodeId = item?.nodeId;
  const name = entryName(entry);

  const onDragOver = (e: DragEvent) => {
    const drag = tree.drag;
    if (!drag) return;
    const box = e.currentTarget.getBoundingClientRect();
    const after = e.clientY > box.top + box.height / 2;
    if (!dropTarget(drag.entry, entry, after)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    if (over?.after !== after) tree.setDrag({ ...drag, over: { id: entry.id, after } });
  };
  const stop = (run: () => void) => (e: MouseEvent) => {
    e.stopPropagation();
    run();
  };

  const classes = ['cp-ol-item', `cp-ol-item--${entry.kind}`, entry.excluded || entry.excludedAbove ? 'is-excluded' : '', nodeId && nodeId === tree.selectedNodeId ? 'is-selected' : ''];
  return (
    <li
      ref={(el) => tree.register(entry.id, el)}
      role="treeitem"
      className={classes.filter(Boolean).join(' ')}
      data-entry-id={entry.id}
      aria-level={entry.level}
      aria-setsize={entry.siblings}
      aria-posinset={entry.index + 1}
      aria-expanded={hasChildren ? expanded : undefined}
      aria-checked={excludable ? included : undefined}
      aria-selected={!!nodeId && nodeId === tree.selectedNodeId}
      tabIndex={tree.activeId === entry.id ? 0 : -1}
      onFocus={(e) => e.target === e.currentTarget && tree.focus(entry.id)}
    >
      <div
        className={`cp-ol-row${dragging ? ' is-dragging' : ''}${over ? (over.after ? ' is-drop-after' : ' is-drop-before') : ''}`}
        style={{ paddingLeft: `${(entry.level - 1) * 18 + 4}px` }}
        draggable={movable(entry) && tree.editingNote !== entry.id}
        onDragStart={(e) => {
          e.dataTransfer.effectAllowed = 'move';
          e.dataTransfer.setData('text/plain', entry.id);
          tree.setDrag({ entry });
        }}
        onDragEnd={() => tree.setDrag(null)}
        onDragOver={onDragOver}
        onDragLeave={(e) => {
          if (over && !e.currentTarget.contains(e.relatedTarget as Node | null)) tree.setDrag({ entry: tree.drag!.entry });
        }}
        onDrop={(e) => {
          e.preventDefault();
          if (over) tree.dropOn(entry, over.after);
          tree.setDrag(null);
        }}
        onClick={() => {
          tree.focus(entry.id);
          if (nodeId) tree.actions.select(nodeId);
        }}
        onDoubleClick={() => nodeId && tree.actions.showOnMap(nodeId)}
      >
        <span className={`cp-ol-grip${movable(entry) ? '' : ' is-fixed'}`} aria-hidden="true" title={movable(entry) ? 'Drag to reorder (or Alt+↑/↓)' : undefined} />
        <span className={`cp-ol-twisty${hasChildren ? '' : ' is-leaf'}`} aria-hidden="true" onClick={hasChildren ? stop(() => tree.toggle(entry.id)) : undefined}>
          {hasChildren ? (expanded ? '▾' : '▸') : ''}
        </span>
        {excludable ? (
          <span className={`cp-ol-check${included ? ' is-on' : ''}`} aria-hidden="true" title={included ? 'In the essay: click to leave out' : 'Left out: click to include'} onClick={stop(() => tree.actions.setIncluded(entry, !included))} />
        ) : null}
        <span className="cp-ol-main">
          <span className="cp-ol-line">
            <RowLabel entry={entry} />
          </span>
          <RowBadges entry={entry} />
        </span>
        {/* Out of the tab order and of the item's name: N and M do the same from the keyboard. */}
        <span className="cp-ol-actions" aria-hidden="true">
          <button type="button" tabIndex={-1} className="cp-icon-button" aria-label={`Note on ${name} (N)`} title="Add or edit your note (N)" onClick={stop(() => tree.editNote(entry.id))}>
            <NoteIcon />
          </button>
          {nodeId ? (
            <button type="button" tabIndex={-1} className="cp-icon-button" aria-label={`Show ${name} on the map (M)`} title="Show on the map (M)" onClick={stop(() => tree.actions.showOnMap(nodeId))}>
              <ShowOnMapIcon />
            </button>
          ) : null}
        </span>
      </div>
      {tree.editingNote === entry.id ? (
        <NoteEditor entry={entry} name={name} />
      ) : item?.userNote || entry.section?.userNote ? (
        <p className="cp-ol-note" style={{ marginLeft: `${(entry.level - 1) * 18 + 52}px` }} onClick={() => tree.editNote(entry.id)}>
          {item?.userNote ?? entry.section?.userNote}
        </p>
      ) : null}
    </li>
  );
}
