import { resolveAnchor, type AnchorResolution } from '../anchoring/resolve';
import { describeRange } from '../anchoring/selector';
import { problem, type Problem } from '../errors';
import { jsonPath } from '../jsonPath';
import type { ArgumentMap } from '../schema/map';
import type { Passage } from '../schema/passage';
import { SourceText } from '../text/sourceText';
import { resolveSourcePath } from './sourcePath';

/** What a host (CLI, browser) answers when the loader asks for a source file. */
export type SourceReadResult =
  | { readonly status: 'ok'; readonly text: string }
  | { readonly status: 'missing' }
  /** The host found that the file escapes the maps folder (e.g. through a symbolic link). */
  | { readonly status: 'outside' };

/** Reads a source by its path relative to the map's folder, already normalised and checked. */
export type SourceReader = (path: string) => SourceReadResult;

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
 */
export function checkAnchors(map: ArgumentMap, readSource: SourceReader): AnchorCheck {
  const problems: Problem[] = [];
  const sourceTexts: Record<string, string> = {};
  const texts = new Map<string, SourceText>();

  map.sources.forEach((s, i) => {
    if (s.text !== undefined) {
      sourceTexts[s.id] = s.text;
      texts.set(s.id, new SourceText(s.text));
      return;
    }
    const at = jsonPath(['sources', i, 'file']);
    const resolved = resolveSourcePath(s.file!);
    if (!resolved.ok) {
      problems.push(problem('SOURCE_OUTSIDE_MAPS', at, `source "${s.id}" file ${JSON.stringify(s.file)} is refused: ${resolved.reason}`, { recordId: s.id }));
      return;
    }
    const read = readSource(resolved.path);
    if (read.status === 'outside') {
      problems.push(problem('SOURCE_OUTSIDE_MAPS', at, `source "${s.id}" file ${JSON.stringify(s.file)} is refused: it resolves outside the maps folder`, { recordId: s.id }));
    } else if (read.status === 'missing') {
      problems.push(problem('SOURCE_NOT_FOUND', at, `source "${s.id}" file ${JSON.stringify(s.file)} does not exist`, { recordId: s.id }));
    } else {
      sourceTexts[s.id] = read.text;
      texts.set(s.id, new SourceText(read.text));
    }
  });

  const anchors: Record<string, AnchorResolution> = {};
  const nodes = map.nodes.map((node, i) => {
    if (node.kind !== 'passage') return node;
    const source = texts.get(node.source);
    if (!source) return node;
    const { resolution, repaired } = anchorPassage(node, i, source, problems);
    if (resolution) anchors[node.id] = resolution;
    return repaired;
  });

  return { map: { ...map, nodes }, problems, sourceTexts, anchors };
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
        ? 'it differs from its source only in quotation marks, dashes or spaces'
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
