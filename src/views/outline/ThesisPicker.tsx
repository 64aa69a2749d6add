import { useId, useMemo, useState } from 'react';
import { thesisCandidates, type ThesisCandidate } from '../../domain/outline/thesis';
import { useCounterpoint } from '../../store';

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Candidates holding every word typed, in their title, text or position; those whose title holds them all first. */
function matching(candidates: readonly ThesisCandidate[], query: string): ThesisCandidate[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...candidates];
  const has = (text: string) => words.every((w) => fold(text).includes(w));
  const hits = candidates.filter((c) => has(`${c.label} ${c.text} ${c.position?.label ?? ''}`));
  return [...hits.filter((c) => has(c.label)), ...hits.filter((c) => !has(c.label))];
}

/**
 * The thesis picker: a combobox that lists the map's claims (central ones first) and
 * objections, narrowed as one types, so a long map's claim is found by a word of it.
 */
export function ThesisPicker({ thesisId, onChoose }: { thesisId: string; onChoose: (id: string) => void }) {
  const doc = useCounterpoint((s) => s.doc);
  const candidates = useMemo(() => thesisCandidates(doc), [doc]);
  const current = candidates.find((c) => c.id === thesisId);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const id = useId();
  const shown = useMemo(() => matching(candidates, query), [candidates, query]);
  const at = Math.min(active, shown.length - 1);

  const choose = (c: ThesisCandidate | undefined) => {
    if (c) onChoose(c.id);
    setOpen(false);
    setQuery('');
  };

  return (
    <div className="cp-ol-thesis">
      <label htmlFor={`${id}-input`}>Thesis</label>
      <div className="cp-ol-combo">
        <input
          id={`${id}-input`}
          role="combobox"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-activedescendant={open && shown[at] ? `${id}-${shown[at].id}` : undefined}
          aria-autocomplete="list"
          autoComplete="off"
          spellCheck={false}
          placeholder="Search the map’s claims…"
          value={open ? query : (current?.label ?? '')}
          onFocus={(e) => e.currentTarget.select()}
          onClick={() => setOpen(true)}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onBlur={() => {
            setOpen(false);
            setQuery('');
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              const step = e.key === 'ArrowDown' ? 1 : -1;
              if (!open) setOpen(true);
              else setActive((at + step + shown.length) % Math.max(1, shown.length));
            } else if (e.key === 'Enter' && open) choose(shown[at]);
            else if (e.key === 'Escape' && open) {
              setOpen(false);
              setQuery('');
            } else return;
            e.preventDefault();
            e.stopPropagation();
          }}
        />
        {open ? (
          <ul className="cp-ol-combo__list" id={`${id}-list`} role="listbox" aria-label="Claims and objections">
            {shown.map((c, i) => (
              <li
                key={c.id}
                id={`${id}-${c.id}`}
                role="option"
                aria-selected={i === at}
                className={`cp-ol-option${c.id === thesisId ? ' is-current' : ''}`}
                onMouseDown={(e) => e.preventDefault()}
                onMouseMove={() => setActive(i)}
                onClick={() => choose(c)}
              >
                <span className="cp-ol-dot" style={c.position ? { background: c.position.color } : undefined} aria-hidden="true" />
                <span className="cp-ol-option__label">{c.label}</span>
                <span className="cp-ol-option__kind">{c.central ? 'central' : c.kind === 'objection' ? 'objection' : (c.position?.label ?? '')}</span>
              </li>
            ))}
            {shown.length === 0 ? (
              <li className="cp-ol-option cp-ol-option--none" role="option" aria-selected={false} aria-disabled="true">
                No claim matches “{query}”.
              </li>
            ) : null}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
