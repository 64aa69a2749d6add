import type CSLType from 'citeproc';
import { escapeInline, markdownLink, safeUrl } from '../outline/markdownText';

type CSLNamespace = typeof CSLType;

/** Undoes escapeInline, to recover a URL citeproc has already escaped. */
const unescape = (s: string) => s.replace(/\\([\\`*_[\]<>&|~])/g, '$1');

/**
 * A Markdown output format for citeproc-js: user data is escaped as Markdown text,
 * titles are italicised with `*`, and URLs and DOIs become links only when they are
 * http, https or mailto. Registered once, next to citeproc's own html and text formats.
 */
export function registerMarkdownFormat(CSL: CSLNamespace): void {
  const formats = CSL.Output.Formats;
  if (formats.markdown) return;
  // A bare DOI links to its resolver; anything else links only if it is already a safe absolute URL.
  const link = (_state: unknown, str: string) => {
    const raw = unescape(str);
    const url = /^10\.\d{4,9}\//.test(raw) ? `https://doi.org/${raw}` : raw;
    return safeUrl(url) ? markdownLink(raw, url) : str;
  };
  formats.markdown = {
    ...formats.text!,
    text_escape: (text: string) => escapeInline(text ?? ''),
    '@font-style/italic': '*%%STRING%%*',
    '@font-style/oblique': '*%%STRING%%*',
    '@font-weight/bold': '**%%STRING%%**',
    '@URL/true': link,
    '@DOI/true': link,
  };
}
