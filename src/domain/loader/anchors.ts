import { resolveAnchor, type AnchorResolution } from '../anchoring/resolve';
import { describeRange } from '../anchoring/selector';
import { problem, type Problem } from '../errors';
import { jsonPath } from '../jsonPath';
import type { ArgumentMap } from '../schema/map';
import type { MapNode } from '../schema/node';
import type { Passage } from '../schema/passage';
import { pageOfRange, type PageBoundary } from '../text/pages';
import type { SourceText } from '../text/sourceText';
import { readSources, type SourceReader } from './sources';

export type { SourceReader, SourceReadResult } from './sources';

export interface AnchorCheck {
  map: ArgumentMap;
  problems: Problem[];
  sourceTexts: Record<string, string>;
  anchors: Record<string, AnchorResolution>;
}

const preview = (s: string, n = 60) => JSON.stringify(s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Loads each source and anchors each passage in it. Exact re-anchoring is applied and
 * reported as information; approximate matches are reported for review and not applied.
 * A passage in a paged source gets the page its offsets fall on.
 */
export function checkAnchors(map: ArgumentMap, readSource: SourceReader): AnchorCheck {
  const read = readSources(map, readSource);
  const problems = read.problems;
  const pagesOf = new Map(map.sources.map((s) => [s.id, s.pages ?? []]));

  const anchors: Record<string, AnchorResolution> = {};
  const nodes = map.nodes.map((node, i): MapNode => {
    if (node.kind !== 'passage') return node;
    const source = read.texts.get(node.source);
    let passage: Passage = node;
    if (source) {
      const { resolution, repaired } = anchorPassage(node, i, source, problems);
      if (resolution) anchors[node.id] = resolution;
      passage = repaired;
    }
    const pages = pagesOf.get(node.source);
    return pages ? withPage(passage, i, pages, source, problems) : passage;
  });

  return { map: { ...map, sources: read.sources, nodes }, problems, sourceTexts: read.sourceTexts, anchors };
}

/**
 * Keeps a passage's `page` in step with its offsets: filled in or corrected in a paged
 * source, dropped in an unpaged one (a page no boundary supports would be cited as fact).
 * Offsets that do not fit the text are left alone; OFFSET_OUT_OF_RANGE already says so.
 */
function withPage(passage: Passage, index: number, pages: readonly PageBoundary[], source: SourceText | undefined, problems: Problem[]): Passage {
  if (source && !source.inRange(passage.start, passage.end)) return passage;
  if (!source && !(passage.start >= 0 && passage.start < passage.end)) return passage;
  const page = pageOfRange(pages, passage.start, passage.end);
  if (page === passage.page) return passage;
  const at = jsonPath(['nodes', index, 'page']);
  const { page: _old, ...rest } = passage;
  const why = page === undefined
    ? `its source "${passage.source}" has no page boundaries, so the page ${JSON.stringify(passage.page)} was dropped`
    : passage.page === undefined
      ? `its page was set to ${page} from its place in source "${passage.source}"`
      : `its page was corrected from ${JSON.stringify(passage.page)} to ${page}, where its offsets fall in source "${passage.source}"`;
  problems.push(problem('PASSAGE_PAGE_SET', at, `passage "${passage.id}": ${why}`, { recordId: passage.id }));
  return page === undefined ? rest : { ...rest, page };
}

function anchorPassage(
  passage: Passage,
  index: number,
  source: SourceText,
  problems: Problem[],
): { resolution?: AnchorResolution; repaired: Passage } {
  const at = (field?: string) => jsonPath(field ? ['nodes', index, field] : ['nodes', index]);
  const id = passage.id;
  const resolution = resolveAnchor(source, passage);

  if (!source.inRange(passage.start, passage.end)) {
    const where =
      resolution.status === 'exact' || resolution.status === 'reanchored'
        ? `; the quote occurs at ${resolution.start}-${resolution.end}`
        : '';
    problems.push(
      problem(
        'OFFSET_OUT_OF_RANGE',
        at('start'),
        `passage "${id}" has start ${passage.start} and end ${passage.end}, which do not fit its source "${passage.source}" (${source.length} characters; start must come before end)${where}`,
        { recordId: id },
      ),
    );
    return { repaired: passage };
  }

  switch (resolution.status) {
    case 'exact':
    case 'reanchored': {
      const moved = resolution.status === 'reanchored';
      if (moved) {
        problems.push(
          problem(
            'QUOTE_REANCHORED',
            at('start'),
            `passage "${id}" moved in its source from ${passage.start}-${passage.end} to ${resolution.start}-${resolution.end}; re-anchored by its exact quote and context`,
            { recordId: id, detail: { from: { start: passage.start, end: passage.end }, to: { start: resolution.start, end: resolution.end } } },
          ),
        );
      }
      const fresh = describeRange(source, resolution.start, resolution.end);
      const needsContext = passage.prefix === undefined || passage.suffix === undefined;
      if (needsContext) {
        problems.push(problem('CONTEXT_FILLED', at(), `passage "${id}" had no prefix or suffix; they were taken from its source`, { recordId: id }));
      }
      const repaired: Passage = {
        ...passage,
        start: resolution.start,
        end: resolution.end,
        prefix: moved || passage.prefix === undefined ? fresh.prefix : passage.prefix,
        suffix: moved || passage.suffix === undefined ? fresh.suffix : passage.suffix,
      };
      return { resolution, repaired };
    }
    case 'fuzzy': {
      const similarity = Math.round(resolution.similarity * 100);
      const why = resolution.typographyOnly
        ? 'it differs from its source only in quotation marks, dashes, spaces, ligatures or words hyphenated at a line end'
        : `the closest text in its source is ${similarity}% similar (${resolution.errors} characters differ)`;
      problems.push(
        problem(
          'QUOTE_NEEDS_REVIEW',
          at('quote'),
          `passage "${id}" needs review: its quote is not verbatim in source "${passage.source}"; ${why}, at ${resolution.start}-${resolution.end}: ${preview(resolution.match)}. It was not moved`,
          { recordId: id, detail: { match: resolution.match, start: resolution.start, end: resolution.end, errors: resolution.errors, similarity: resolution.similarity } },
        ),
      );
      return { resolution, repaired: passage };
    }
    case 'orphan':
      problems.push(
        problem(
          'QUOTE_NOT_FOUND',
          at('quote'),
          `passage "${id}" quotes text that is not in source "${passage.source}", not even approximately: ${preview(passage.quote)}`,
          { recordId: id },
        ),
      );
      return { resolution, repaired: passage };
  }
}
