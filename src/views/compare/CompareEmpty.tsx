import { useCommand } from '../../commands/CommandsProvider';
import { useCounterpoint, useCounterpointStore } from '../../store';

/** What a map needs before positions can be compared, and how to add each thing, for a map just begun. */
export function CompareEmpty() {
  const store = useCounterpointStore();
  const newClaim = useCommand('create.claim');
  const positions = useCounterpoint((s) => s.doc.positions.length);
  const questions = useCounterpoint((s) => s.doc.questions.length);
  const answering = useCounterpoint((s) => s.doc.nodes.some((n) => (n.kind === 'claim' || n.kind === 'objection') && n.position && n.answers));
  const steps = [
    {
      done: positions >= 2,
      title: `Two positions or more: this map has ${positions}`,
      how: 'Select a claim on the map. In its details, open “Position” and choose “New position…”, then give it a name and a colour.',
    },
    {
      done: questions >= 1,
      title: `A question they answer: this map has ${questions}`,
      how: 'In a claim’s details, under “Answers the questions”, type the question and press Add. Each question becomes a row.',
    },
    {
      done: answering,
      title: 'Claims that answer it',
      how: 'Give each claim the position that holds it and tick the questions it answers: each becomes a cell.',
    },
  ];
  return (
    <section className="cp-compare-empty" aria-labelledby="cp-compare-empty-title">
      <h2 id="cp-compare-empty-title">Compare positions side by side</h2>
      <p>A comparison sets 2 to 5 positions side by side, a row for each question they answer, and shows where they agree, disagree or do not engage. This map needs:</p>
      <ol className="cp-steps">
        {steps.map((step) => (
          <li key={step.title} className={step.done ? 'cp-steps__done' : undefined}>
            <span className="cp-steps__mark" aria-hidden="true">
              {step.done ? '✓' : '○'}
            </span>
            <div>
              <strong>{step.title}</strong>
              <span className="cp-visually-hidden">{step.done ? ' (done)' : ' (to do)'}</span>
              <p>{step.how}</p>
            </div>
          </li>
        ))}
      </ol>
      <div className="cp-button-row">
        <button type="button" className="cp-button cp-button--primary" onClick={newClaim.run}>
          New claim
        </button>
        <button type="button" className="cp-button" onClick={() => store.getState().setView('map')}>
          Go to the map
        </button>
      </div>
    </section>
  );
}
