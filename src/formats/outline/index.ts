import { applySavedOutline } from '../../domain/outline/apply';
import { buildOutline } from '../../domain/outline/build';
import type { BuildOptions, Outline } from '../../domain/outline/types';
import type { Problem } from '../../domain/errors';
import type { ArgumentMap } from '../../domain/schema/map';
import { DEFAULT_CITATION_STYLE, type CitationStyleId } from '../../domain/schema/outline';
import { formatCitations, type CitationOutput, type FormattedCitations } from '../citations/processor';
import type { StyleFileLoader } from '../citations/styles';
import { outlineCiteRequests } from './citeRequests';

export { outlineCiteRequests, visibleItems } from './citeRequests';
export { renderOutlineMarkdown, type MarkdownOptions } from './markdown';
export { renderOutlineJson, OUTLINE_JSON_FORMAT, type OutlineJson } from './json';
export { escapeBlock, escapeInline, markdownLink, safeUrl } from './markdownText';
export { inlineText, parseInline, parseMarkdown, type Block, type Inline } from './markdownParse';
export { itemHeadline, outlineFileName, ROLE_LABELS } from './labels';

export interface PrepareOptions {
  readonly sourceTexts?: Readonly<Record<string, string>>;
  readonly anchors?: BuildOptions['anchors'];
  /** Overrides the saved outline's depth, then the default (4). */
  readonly depth?: number;
  /** Overrides the saved outline's style, then Chicago author-date. */
  readonly style?: CitationStyleId;
  readonly output?: CitationOutput;
  readonly files: StyleFileLoader;
}

export type PreparedOutline =
  | { readonly ok: true; readonly outline: Outline; readonly citations: FormattedCitations }
  | { readonly ok: false; readonly problem: Problem };

/**
 * Everything an outline needs before it can be rendered: the walk from the thesis, the
 * user's saved arrangement from the map, and the citations of what stays in.
 */
export async function prepareOutline(map: ArgumentMap, thesisId: string, options: PrepareOptions): Promise<PreparedOutline> {
  const saved = map.outlines?.find((o) => o.thesis === thesisId);
  const depth = options.depth ?? saved?.depth;
  const built = buildOutline(map, thesisId, {
    ...(options.sourceTexts ? { sourceTexts: options.sourceTexts } : {}),
    ...(options.anchors ? { anchors: options.anchors } : {}),
    ...(depth ? { depth } : {}),
  });
  if (!built.ok) return built;
  const outline = applySavedOutline(built.outline, saved);
  const citations = await formatCitations(map.references, outlineCiteRequests(outline), {
    style: options.style ?? saved?.style ?? DEFAULT_CITATION_STYLE,
    output: options.output ?? 'markdown',
    files: options.files,
  });
  return { ok: true, outline, citations };
}
