import { useId, useMemo, useState } from 'react';
import { relationAllowed, UNDERCUTTABLE } from '../../domain/relations';
import { RELATIONS, STANCES, type Relation, type Stance } from '../../domain/schema/edge';
import type { ArgumentMap } from '../../domain/schema/map';
import { nodeById, useCounterpoint } from '../../store';
import { KIND_LABELS, nodeName, truncate } from '../../domain/labels';
import { useEdit } from './useEdit';

interface Choice {
  readonly key: string;
  readonly label: string;
  readonly relation: Relation;
  /** `out`: this node is the link's `from`; `in`: the other node is. */
  readonly direction: 'out' | 'in';
}

const INCOMING_LABEL: Partial<Record<Relation, string>> = { states: 'is stated by', supports: 'is supported by', attacks: 'is attacked by', assesses: 'is assessed by' };

function choicesFor(kind: string): Choice[] {
  const out: Choice[] = [];
  for (const r of RELATIONS) {
    if (r === 'undercuts' ? relationAllowed(r, kind as never, 'edge') : ['claim', 'passage', 'objection', 'work', 'note'].some((k) => relationAllowed(r, kind as never, k as never))) {
      out.push({ key: `out-${r}`, label: r === 'undercuts' ? 'undercuts the link' : r === 'contrasts' ? 'contrasts with' : r, relation: r, direction: 'out' });
    }
  }
  for (const r of RELATIONS) {
    if (r === 'undercuts' || r === 'contrasts') continue;
    if (['claim', 'passage', 'objection', 'work'].some((k) => relationAllowed(r, k as never, kind as never))) {
      out.push({ key: `in-${r}`, label: INCOMING_LABEL[r] ?? r, relation: r, direction: 'in' });
    }
  }
  return out;
}

/**
 * What the other end of a new link can be. The same rules as `connectionProblem`, checked
 * against indexes built once, so a map of thousands of nodes lists its candidates at once.
 */
function targetsFor(doc: ArgumentMap, id: string, choice: Choice): { value: string; label: string }[] {
  const self = nodeById(doc, id);
  if (!self) return [];
  const existing = new Set(doc.edges.map((e) => `${e.from}\u0000${e.to}\u0000${e.relation}`));
  const exists = (from: string, to: string) => existing.has(`${from}\u0000${to}\u0000${choice.relation}`);
  if (choice.relation === 'undercuts') {
    if (!relationAllowed('undercuts', self.kind, 'edge')) return [];
    return doc.edges
      .filter((e) => UNDERCUTTABLE.includes(e.relation) && e.from !== id && !exists(id, e.id))
      .map((e) => ({ value: e.id, label: `“${truncate(nodeName(doc, nodeById(doc, e.from)!), 30)}” ${e.relation} “${truncate(nodeName(doc, nodeById(doc, e.to)!), 30)}”` }));
  }
  return doc.nodes
    .filter((n) => {
      if (n.id === id) return false;
      const [from, to] = choice.direction === 'out' ? [self, n] : [n, self];
      return relationAllowed(choice.relation, from.kind, to.kind) && !exists(from.id, to.id);
    })
    .map((n) => ({ value: n.id, label: `${KIND_LABELS[n.kind]}: ${truncate(nodeName(doc, n), 60)}` }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** A button that opens the form: the candidates of a large map are listed only when asked for. */
export function AddLinkForm({ id, kind }: { id: string; kind: string }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="cp-button" onClick={() => setOpen(true)}>
        Add a link…
      </button>
    );
  }
  return <AddLinkFields id={id} kind={kind} />;
}

/** Links this node to another from the keyboard: a relation, then the other end. */
function AddLinkFields({ id, kind }: { id: string; kind: string }) {
  const doc = useCounterpoint((s) => s.doc);
  const edit = useEdit();
  const choices = useMemo(() => choicesFor(kind), [kind]);
  const [choiceKey, setChoiceKey] = useState(choices[0]?.key ?? '');
  const [target, setTarget] = useState('');
  const [stance, setStance] = useState<Stance>('supports');
  const formId = useId();
  const choice = choices.find((c) => c.key === choiceKey) ?? choices[0];
  const targets = useMemo(() => (choice ? targetsFor(doc, id, choice) : []), [doc, id, choice]);
  if (!choice) return null;
  return (
    <form
      className="cp-add-link"
      aria-label="Add a link"
      onSubmit={(e) => {
        e.preventDefault();
        const other = target || targets[0]?.value;
        if (!other) return;
        const [from, to] = choice.direction === 'out' ? [id, other] : [other, id];
        if (edit((s) => s.connect(from, to, choice.relation, choice.relation === 'assesses' ? stance : undefined))) setTarget('');
      }}
    >
      <label htmlFor={`${formId}-rel`}>This {kind}</label>
      <select id={`${formId}-rel`} autoFocus value={choice.key} onChange={(e) => setChoiceKey(e.target.value)}>
        {choices.map((c) => (
          <option key={c.key} value={c.key}>
            {c.label}
          </option>
        ))}
      </select>
      {choice.relation === 'assesses' ? (
        <>
          <label htmlFor={`${formId}-stance`} className="cp-visually-hidden">
            Stance
          </label>
          <select id={`${formId}-stance`} value={stance} onChange={(e) => setStance(e.target.value as Stance)}>
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <label htmlFor={`${formId}-target`} className="cp-visually-hidden">
        Other end
      </label>
      <select id={`${formId}-target`} value={target} onChange={(e) => setTarget(e.target.value)} disabled={targets.length === 0}>
        {targets.length === 0 ? <option value="">Nothing can be linked this way</option> : null}
        {targets.map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
      </select>
      <button type="submit" disabled={targets.length === 0}>
        Add link
      </button>
    </form>
  );
}
