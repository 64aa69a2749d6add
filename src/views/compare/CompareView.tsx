/**
 * Placeholder for the comparison of positions side by side. Its owner replaces this file;
 * the shell finds it through the view registry (src/app/views.ts).
 */
export function CompareView() {
  return (
    <section className="cp-placeholder" aria-labelledby="cp-compare-title">
      <h2 id="cp-compare-title">Compare positions</h2>
      <p>Side-by-side comparison of the positions in this map is coming here: one column per position, one row per question.</p>
      <p>Until then, the command line does it: <code>counterpoint compare &lt;map&gt; --positions a,b</code>.</p>
    </section>
  );
}
