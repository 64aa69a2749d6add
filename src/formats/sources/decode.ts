import { problem, type Problem } from '../../domain/errors';
import { MAX_SOURCE_CHARS } from '../../domain/reader/importText';

/** Above this share of control or undecodable characters, a file is binary whatever its name. */
const BINARY_SHARE = 0.05;
const SAMPLE_CHARS = 65_536;

export type Decoded = { readonly ok: true; readonly text: string; readonly problems: Problem[] } | { readonly ok: false; readonly problems: Problem[] };

/**
 * Decodes a file that claims to be text: UTF-8 (or UTF-16 when it starts with that
 * byte-order mark), the mark dropped and line endings made plain. A file with NUL bytes
 * or many control or undecodable characters is binary (a PDF, a Word file or an image
 * renamed .txt) and is refused rather than shown as garbage.
 */
export function decodeText(name: string, bytes: Uint8Array, declared?: string): Decoded {
  const bom = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  const raw = decoderFor(bom ?? declared).decode(bytes);
  const sample = raw.slice(0, SAMPLE_CHARS);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return binary(name, 'it holds NUL bytes');
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f || c === 0xfffd) odd++;
  }
  if (sample.length > 0 && odd / sample.length > BINARY_SHARE) {
    return binary(name, `${Math.round((odd / sample.length) * 100)}% of its first characters are control codes or not text`);
  }
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const problems: Problem[] = [];
  const bad = countOf(text, '\uFFFD');
  if (bad > 0) problems.push(problem('SOURCE_UNDECODABLE', '$', `${name}: ${bad} ${bad === 1 ? 'byte sequence is' : 'byte sequences are'} not ${declared ?? 'UTF-8'} and show as \uFFFD; is the file in another encoding?`));
  return { ok: true, text, problems };
}

/** A decoder for an encoding a file declares, or UTF-8 when the label is unknown. */
function decoderFor(label: string | undefined): TextDecoder {
  try {
    return new TextDecoder(label ?? 'utf-8', { fatal: false });
  } catch {
    return new TextDecoder('utf-8', { fatal: false });
  }
}

function binary(name: string, why: string): Decoded {
  return { ok: false, problems: [problem('SOURCE_BINARY', '$', `${name} is not plain text: ${why}. Open a PDF as .pdf; save other documents as text or PDF first`)] };
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** The last check every extractor makes: some text, and not more than a source may hold. */
export function finalTextProblem(name: string, text: string): Problem | undefined {
  if (!text.trim()) return problem('SOURCE_EMPTY', '$', `${name} holds no text`);
  if (text.length > MAX_SOURCE_CHARS) {
    return problem('SOURCE_TOO_LARGE', '$', `${name} holds ${text.length.toLocaleString('en')} characters of text; a source may hold at most ${MAX_SOURCE_CHARS.toLocaleString('en')}`);
  }
  return undefined;
}
