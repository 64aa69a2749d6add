import { decodeText, finalTextProblem } from './decode';
import type { ExtractResult } from './types';

/**
 * A .txt file as a source: decoded, line endings made plain, nothing else changed, so
 * every later quote is the text exactly as the file gives it.
 */
export function extractPlainText(name: string, bytes: Uint8Array): ExtractResult {
  const decoded = decodeText(name, bytes);
  if (!decoded.ok) return decoded;
  const empty = finalTextProblem(name, decoded.text);
  if (empty) return { ok: false, problems: [empty] };
  return { ok: true, source: { media: 'text/plain', text: decoded.text, problems: decoded.problems } };
}
