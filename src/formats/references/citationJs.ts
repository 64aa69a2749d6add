import type { plugins } from '@citation-js/core';

export type CitationJsInput = typeof plugins.input;

let loading: Promise<CitationJsInput> | undefined;

/**
 * Citation.js with exactly the plugins the importers use (BibTeX/BibLaTeX and RIS), loaded on
 * first use so the app pays for it only when references are imported. None of its fetching
 * plugins (DOI, ISBN, Wikidata, URLs) is installed, and the importers call one named parser
 * at a time (`parseAs`), never Citation.js's type guessing, so no input can lead to a look-up.
 */
export function loadCitationJs(): Promise<CitationJsInput> {
  loading ??= (async () => {
    const core = await import('@citation-js/core');
    await import('@citation-js/plugin-bibtex');
    // @ts-expect-error: the RIS plugin ships no types; it only registers its parsers with the core.
    await import('@citation-js/plugin-ris');
    return core.plugins.input;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * Runs the one parser registered for a named input type: a synchronous one, since fetchers
 * are asynchronous; anything else is a bug and throws before any input is read.
 */
export function parseAs(input: CitationJsInput, data: unknown, type: string): unknown {
  if (!input.hasDataParser(type, false)) throw new Error(`Citation.js has no parser for ${type}`);
  return (input.data as (data: unknown, type: string) => unknown)(data, type);
}
