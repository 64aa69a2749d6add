/**
 * Placeholder for the source reader in the side panel. Its owner replaces this file; the
 * shell finds it through the side-panel registry (src/app/sidePanels.ts).
 */
export function ReaderPanel() {
  return (
    <section className="cp-placeholder cp-placeholder--panel" aria-label="Reader">
      <p>The reader will show the source text here, with the passages of this map highlighted.</p>
    </section>
  );
}
