import type { MapExporter } from '../registry/types';
import { mapToCanvas } from './canvas';

/** JSON Canvas 1.0, the `.canvas` files of Obsidian. */
export const canvasExporter: MapExporter = {
  id: 'canvas',
  label: 'JSON Canvas (Obsidian)',
  extension: '.canvas',
  mediaType: 'application/json',
  render: async ({ map, sourceTexts }) => `${JSON.stringify(mapToCanvas(map, sourceTexts), null, 2)}\n`,
};
