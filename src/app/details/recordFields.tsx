import { useId, useState } from 'react';
import { answeredQuestions } from '../../domain/schema/claim';
import { useCounterpoint } from '../../store';
import { SelectField } from './fields';
import { useEdit } from './useEdit';

const NEW = '\u0000new';
/** Okabe–Ito colours: distinguishable by colour-blind readers; offered in turn for new positions. */
const PALETTE = ['#E69F00', '#56B4E9', '#009E73', '#D55E00', '#0072B2', '#CC79A7', '#F0E442', '#000000'];

/** A claim's or objection's position, with a way to add one the map lacks. */
export function PositionField({ value, onChange }: { value: string | undefined; onChange: (id: string | undefined) => void }) {
  const positions = useCounterpoint((s) => s.doc.positions);
  const edit = useEdit();
  const [adding, setAdding] = useState(false);
  const [label, setLabel] = useState('');
  const [color, setColor] = useState(PALETTE[positions.length % PALETTE.length]!);
  const id = useId();
  return (
    <>
      <SelectField
        label="Position"
        value={adding ? NEW : (value ?? '')}
        emptyLabel="No position"
        options={[...positions.map((p) => ({ value: p.id, label: p.period ? `${p.label} (${p.period})` : p.label })), { value: NEW, label: 'New position…' }]}
        onChange={(v) => {
          if (v === NEW) setAdding(true);
          else onChange(v || undefined);
        }}
      />
      {adding ? (
        <form
          className="cp-inline-form"
          aria-label="New position"
          onSubmit={(e) => {
            e.preventDefault();
            let created: string | undefined;
            const ok = edit((s) => {
              const r = s.addPosition({ label: label.trim(), color: color.toUpperCase() });
              if (r.ok) created = r.value;
              return r;
            });
            if (ok && created) {
              onChange(created);
              setAdding(false);
              setLabel('');
            }
          }}
        >
          <label htmlFor={`${id}-label`}>Name</label>
          <input id={`${id}-label`} value={label} onChange={(e) => setLabel(e.target.value)} required autoFocus />
          <label htmlFor={`${id}-color`}>Colour</label>
          <input id={`${id}-color`} type="color" value={color} onChange={(e) => setColor(e.target.value)} />
          <button type="submit">Add</button>
          <button type="button" onClick={() => setAdding(false)}>
            Cancel
          </button>
        </form>
      ) : null}
    </>
  );
}

/** The questions a claim or objection answers (rows of the comparison), with a way to add one. */
export function QuestionsField({ answers, onChange }: { answers: string | readonly string[] | undefined; onChange: (answers: string[] | undefined) => void }) {
  const questions = useCounterpoint((s) => s.doc.questions);
  const edit = useEdit();
  const [text, setText] = useState('');
  const chosen = new Set(answeredQuestions({ answers }));
  const id = useId();
  const toggle = (q: string) => {
    const next = questions.map((x) => x.id).filter((x) => (x === q ? !chosen.has(x) : chosen.has(x)));
    onChange(next.length ? next : undefined);
  };
  return (
    <fieldset className="cp-fieldset">
      <legend>Answers the questions</legend>
      {questions.length === 0 ? <p className="cp-muted">This map has no questions yet.</p> : null}
      {questions.map((q) => (
        <label key={q.id} className="cp-check">
          <input type="checkbox" checked={chosen.has(q.id)} onChange={() => toggle(q.id)} />
          {q.text}
        </label>
      ))}
      <form
        className="cp-inline-form"
        aria-label="New question"
        onSubmit={(e) => {
          e.preventDefault();
          let created: string | undefined;
          const ok = edit((s) => {
            const r = s.addQuestion({ text: text.trim() });
            if (r.ok) created = r.value;
            return r;
          });
          if (ok && created) {
            onChange([...chosen, created]);
            setText('');
          }
        }}
      >
        <label htmlFor={id} className="cp-visually-hidden">
          New question
        </label>
        <input id={id} value={text} placeholder="Add a question…" onChange={(e) => setText(e.target.value)} />
        <button type="submit" disabled={!text.trim()}>
          Add
        </button>
      </form>
    </fieldset>
  );
}
