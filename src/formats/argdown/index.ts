import type { MapExporter, MapImporter } from '../registry/types';
import { parseArgdown } from './parse';
import { serializeArgdown } from './serialize';
import { ARGDOWN_ENDINGS, argdownToMap } from './toMap';

/**
 * Argdown in (through @argdown/core, loaded when first used) and out (our own serializer).
 * Pasted text is taken for Argdown when a line defines a statement (`[Title]:`) or an
 * argument (`<Title>:`) or starts a relation (`+ `, `- `, `+>`, `->`, `<_`…) under one.
 */
export const argdownImporter: MapImporter = {
  id: 'argdown',
  label: 'Argdown',
  extensions: ARGDOWN_ENDINGS,
  detect: (text) => !/^\s*[{[]/.test(text) && /^\s*(\[[^\]\n]+\]:|<[^>\n]+>:|\(\d+\)\s|[+\-]>?\s+[[<]|<[+\-_]\s+[[<]|_>\s+[[<])/m.test(text),
  parse: async (text, context = {}) => {
    const parsed = await parseArgdown(text);
    if (!parsed.ok) return parsed;
    return argdownToMap(parsed.doc, context);
  },
};

export const argdownExporter: MapExporter = {
  id: 'argdown',
  label: 'Argdown',
  extension: '.argdown',
  mediaType: 'text/x-argdown',
  render: async ({ map }) => serializeArgdown(map),
};
