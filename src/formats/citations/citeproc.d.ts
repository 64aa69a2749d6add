// citeproc-js ships no types; this declares the part of its API Counterpoint uses.
declare module 'citeproc' {
  interface CitationItem {
    id: string;
    locator?: string;
    label?: string;
    'suppress-author'?: boolean;
  }
  interface Citation {
    citationID: string;
    citationItems: CitationItem[];
    properties: { noteIndex: number };
  }
  interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): Record<string, unknown>;
  }
  class Engine {
    constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
    setOutputFormat(format: string): void;
    updateItems(ids: string[]): void;
    rebuildProcessorState(citations: Citation[], format: string, uncited: string[]): [string, number, string][];
    makeBibliography(): [{ bibstart: string; bibend: string; entry_ids: string[][] }, string[]] | false;
    opt: { development_extensions: Record<string, boolean> };
  }
  type Decoration = string | false | ((state: unknown, str: string) => string);
  interface OutputFormat {
    text_escape(text: string): string;
    [decoration: string]: Decoration | ((text: string) => string);
  }
  const CSL: {
    Engine: typeof Engine;
    Output: { Formats: Record<string, OutputFormat> };
  };
  export default CSL;
}
