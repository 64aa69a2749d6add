import { loadMapValue, type SourceReader } from '../../domain/loader';
import type { Problem } from '../../domain/errors';
import { emptyMap } from '../../domain/schema/map';
import { copyFragment, type Fragment } from './fragment';

/** Marks clipboard text as nodes copied from Counterpoint (and which shape they have). */
export const FRAGMENT_FORMAT = 'counterpoint-fragment';
const FRAGMENT_VERSION = 1;

export type ClipboardRead =
  | { readonly kind: 'fragment'; readonly fragment: Fragment }
  /** Counterpoint's marker, but the loader refused what it holds: nothing is pasted. */
  | { readonly kind: 'refused'; readonly problems: readonly Problem[] }
  /** Any other text: not ours to paste as nodes. */
  | { readonly kind: 'other' };

/**
 * Copied nodes as text for the system clipboard, so they can be pasted in another tab or
 * browser. Source texts are left out (a passage's source travels as its record; a bundled
 * source is read where it is pasted, a pasted-in source carries its text inline).
 */
export function fragmentToText(fragment: Fragment): string {
  const { sourceTexts: _texts, ...records } = fragment;
  return JSON.stringify({ format: FRAGMENT_FORMAT, version: FRAGMENT_VERSION, ...records });
}

/**
 * Reads clipboard text. Text from elsewhere is untrusted like any import, so a fragment is
 * put into an otherwise empty map and sent through the one loader: what it refuses is
 * refused here with the same coded problems, and what it repairs or strips (unknown
 * fields, unsafe links) is repaired here too.
 */
export function fragmentFromText(text: string, readSource: SourceReader): ClipboardRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'other' };
  }
  if (!isRecord(value) || value.format !== FRAGMENT_FORMAT) return { kind: 'other' };
  const pick = (key: string) => value[key];
  // Only the records a fragment holds: the envelope is ours, never the clipboard's.
  const candidate = {
    ...emptyMap('clipboard', 'Clipboard'),
    nodes: pick('nodes'),
    edges: pick('edges'),
    layout: pick('layout'),
    positions: pick('positions'),
    questions: pick('questions'),
    references: pick('references'),
    sources: pick('sources'),
  };
  const loaded = loadMapValue(candidate, { readSource });
  if (!loaded.ok) return { kind: 'refused', problems: loaded.problems };
  return { kind: 'fragment', fragment: copyFragment(loaded.map, loaded.map.nodes.map((n) => n.id), loaded.sourceTexts) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
