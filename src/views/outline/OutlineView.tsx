/**
 * Placeholder for the essay outline built from a thesis of the map. Its owner replaces this
 * file; the shell finds it through the view registry (src/app/views.ts).
 */
export function OutlineView() {
  return (
    <section className="cp-placeholder" aria-labelledby="cp-outline-title">
      <h2 id="cp-outline-title">Essay outline</h2>
      <p>An essay outline drawn from a central claim, its reasons, objections and sources, is coming here.</p>
      <p>Until then, the command line does it: <code>counterpoint outline &lt;map&gt; --thesis &lt;node id&gt;</code>.</p>
    </section>
  );
}
