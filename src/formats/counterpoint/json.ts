import { parseMapJson } from '../../domain/loader';
import { serializeMap } from '../../domain/serialize';
import type { MapExporter, MapImporter } from '../registry/types';

/** Counterpoint's own file: the loader does all the checking, so parsing is only JSON. */
export const counterpointImporter: MapImporter = {
  id: 'counterpoint',
  label: 'Counterpoint map',
  extensions: ['.map.json', '.json'],
  detect: (text) => /^\s*\{/.test(text) && text.includes('"counterpoint-map"'),
  parse: async (text) => parseMapJson(text),
};

export const counterpointExporter: MapExporter = {
  id: 'json',
  label: 'Counterpoint map',
  extension: '.map.json',
  mediaType: 'application/json',
  render: async ({ map }) => serializeMap(map),
};
