import { useCounterpointStore } from '../../store';

/** What the outline view says on a map with no claim to start from. */
export function EmptyOutline() {
  const store = useCounterpointStore();
  return (
    <section className="cp-ol-empty" aria-labelledby="cp-ol-empty-title">
      <h2 id="cp-ol-empty-title">No claim to outline yet</h2>
      <p>
        An essay outline starts from a thesis: a claim of the map, with the reasons for it, the objections to it and the
        passages that state it. This map has no claims or objections yet.
      </p>
      <p>
        Add a claim on the map (press <kbd>C</kbd> there), or open one of the default maps from the map picker.
      </p>
      <button type="button" className="cp-button cp-button--primary" onClick={() => store.getState().setView('map')}>
        Go to the map
      </button>
    </section>
  );
}
