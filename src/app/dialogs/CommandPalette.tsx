import { useId, useMemo, useState } from 'react';
import { KIND_LABELS, truncate } from '../../domain/labels';
import { selectVisibility, useCounterpoint, useCounterpointStore } from '../../store';
import { memoByKey } from '../../store/memo';
import { useCommandContext, useCommandRegistry } from '../../commands/CommandsProvider';
import { displayShortcut } from '../../commands/keys';
import { isEnabled, runCommand } from '../../commands/registry';
import { buildSearchIndex, fold, searchNodes } from '../search/searchIndex';
import { Dialog } from '../../ui/Dialog';

const indexOf = memoByKey(buildSearchIndex);

interface Result {
  readonly key: string;
  readonly label: string;
  readonly detail: string;
  readonly act: () => void;
}

/**
 * Ctrl+K: search the map's claims, quotes and authors, and every command, in one list.
 * Choosing a node jumps to it (showing it if a filter or a collapse hid it).
 */
export function CommandPalette({ onClose }: { onClose: () => void }) {
  const ctx = useCommandContext();
  const registry = useCommandRegistry();
  const store = useCounterpointStore();
  const doc = useCounterpoint((s) => s.doc);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const id = useId();

  const jumpTo = (nodeId: string) => {
    const s = store.getState();
    if (s.view !== 'map') s.setView('map');
    if (selectVisibility(s).hiddenNodes.has(nodeId)) {
      s.resetFilters();
      store.setState({ collapsed: [] });
      s.notify({ tone: 'info', text: 'Filters and collapsed branches were cleared to show that node.' });
    }
    store.getState().selectNode(nodeId, { reveal: true });
  };

  const results = useMemo<Result[]>(() => {
    const nodes = searchNodes(indexOf(doc), query, 30).map((hit) => ({
      key: `node:${hit.id}`,
      label: truncate(hit.label, 110),
      detail: KIND_LABELS[hit.kind],
      act: () => jumpTo(hit.id),
    }));
    const q = fold(query.trim());
    const commands = registry.all
      .filter((c) => isEnabled(c, ctx) && (!q || fold(`${c.label} ${c.keywords ?? ''}`).includes(q)))
      .slice(0, q ? 12 : 16)
      .map((c) => ({ key: `cmd:${c.id}`, label: c.label, detail: c.shortcut ? displayShortcut(c.shortcut[0]!) : 'Command', act: () => runCommand(c, ctx) }));
    return [...nodes, ...commands];
  }, [doc, query, ctx, registry]);

  const choose = (r: Result | undefined) => {
    if (!r) return;
    onClose();
    r.act();
  };
  const current = Math.min(active, results.length - 1);

  return (
    <Dialog title="Search" onClose={onClose} className="cp-palette">
      <input
        className="cp-palette__input"
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={results[current] ? `${id}-${current}` : undefined}
        aria-autocomplete="list"
        aria-label="Search claims, quotes, authors and commands"
        placeholder="Search claims, quotes, authors, or type a command…"
        value={query}
        autoFocus
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((current + 1) % Math.max(1, results.length));
          else if (e.key === 'ArrowUp') setActive((current - 1 + results.length) % Math.max(1, results.length));
          else if (e.key === 'Enter') choose(results[current]);
          else return;
          e.preventDefault();
        }}
      />
      <ul className="cp-palette__list" id={`${id}-list`} role="listbox" aria-label="Results">
        {results.map((r, i) => (
          <li
            key={r.key}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === current}
            className="cp-palette__item"
            onMouseMove={() => setActive(i)}
            onClick={() => choose(r)}
          >
            <span className="cp-palette__label">{r.label}</span>
            <span className="cp-palette__detail">{r.detail}</span>
          </li>
        ))}
        {results.length === 0 ? <li className="cp-palette__empty">Nothing matches “{query}”.</li> : null}
      </ul>
    </Dialog>
  );
}
