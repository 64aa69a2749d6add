import { parseMapJson } from '../../domain/loader';
import type { MapExporter, MapImporter } from '../registry/types';
import { mapToAif } from './export';
import { aifToMap } from './import';

/** AIF JSON, as AIFdb stores it and OVA3 saves it (see aifJson.ts). */
export const aifImporter: MapImporter = {
  id: 'aif',
  label: 'AIF (AIFdb or OVA3 JSON)',
  extensions: ['.aif.json', '.aif'],
  detect: (text) => /^\s*\{/.test(text) && /"nodeID"\s*:/.test(text) && /"(fromID|toID)"\s*:/.test(text),
  parse: async (text, context = {}) => {
    const parsed = parseMapJson(text);
    if (!parsed.ok) return parsed;
    return aifToMap(parsed.value, context);
  },
};

export const aifExporter: MapExporter = {
  id: 'aif',
  label: 'AIF (AIFdb JSON)',
  extension: '.aif.json',
  mediaType: 'application/json',
  render: async ({ map }) => `${JSON.stringify(mapToAif(map), null, 2)}\n`,
};
