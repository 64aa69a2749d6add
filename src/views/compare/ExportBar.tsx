import { useState } from 'react';
import type { Comparison } from '../../domain/compare';
import { comparisonToCsv, comparisonToMarkdown } from '../../formats/compare';
import { download } from '../../ui/download';

/** Exports of the comparison on show: Markdown to the clipboard or a file, and CSV (one record per cell). */
export function ExportBar({ comparison }: { comparison: Comparison }) {
  const [said, say] = useState('');
  const base = `${comparison.mapId}-comparison`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(comparisonToMarkdown(comparison));
      say('Markdown table copied.');
    } catch (e) {
      say(`Could not copy: ${e instanceof Error ? e.message : String(e)}. Use “Markdown” to download it instead.`);
    }
  };
  return (
    <div className="cp-export" role="group" aria-label="Export the comparison">
      <button type="button" className="cp-button" onClick={() => void copy()}>
        Copy Markdown
      </button>
      <button type="button" className="cp-button" aria-label="Download Markdown" title="Download the comparison as a Markdown table" onClick={() => download(`${base}.md`, comparisonToMarkdown(comparison), 'text/markdown')}>
        <span aria-hidden="true">↓ </span>Markdown
      </button>
      <button type="button" className="cp-button" aria-label="Download CSV" title="Download the comparison as CSV, one record per question and position" onClick={() => download(`${base}.csv`, comparisonToCsv(comparison), 'text/csv')}>
        <span aria-hidden="true">↓ </span>CSV
      </button>
      <span className="cp-export__said" role="status">
        {said}
      </span>
    </div>
  );
}
