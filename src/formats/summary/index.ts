import type { MapExporter } from '../registry/types';
import { mapSummaryMarkdown } from './markdown';

/** `export --to md`: a readable summary of the whole map. */
export const summaryExporter: MapExporter = {
  id: 'md',
  label: 'Markdown summary',
  extension: '.md',
  mediaType: 'text/markdown',
  render: async ({ map, sourceTexts }) => mapSummaryMarkdown(map, sourceTexts),
};
