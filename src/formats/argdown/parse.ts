import type { IArgdownResponse, IArgument, IEquivalenceClass, IRelation, ISection, IStatement, RelationMember } from '@argdown/core';
import { problem, type Problem } from '../../domain/errors';
import { at, type ArgdownDocument, type ArgdownElement, type ArgdownRelation, type ArgdownSection, type ElementRef, type PcsRole, type TextLocation } from './document';

type Core = typeof import('@argdown/core');

export type ParseOutcome = { readonly ok: true; readonly doc: ArgdownDocument } | { readonly ok: false; readonly problems: readonly Problem[] };

let corePromise: Promise<Core> | undefined;

/** @argdown/core, loaded on first use: the app's bundle carries the parser only when someone imports Argdown. */
function loadCore(): Promise<Core> {
  corePromise ??= import('@argdown/core');
  return corePromise;
}

/**
 * Parses Argdown with the parser, data and model plugins of @argdown/core and nothing else.
 * Configuration is ours alone: the front matter is never merged into the request (by
 * default Argdown lets it reconfigure every plugin), the interpretation is Argdown's
 * default "loose" mode, and argument relations stay on their arguments so the mapping
 * can tell an argument's own support from its conclusion's.
 */
export async function parseArgdown(text: string): Promise<ParseOutcome> {
  if (!hasContent(text)) return { ok: false, problems: [problem('ARGDOWN_EMPTY', 'line 1:1', 'the Argdown text has nothing but front matter, comments and blank lines')] };
  const core = await loadCore();
  const app = new core.ArgdownApplication();
  app.addPlugin(new core.ParserPlugin({ throwExceptions: false }), 'parse-input');
  app.addPlugin(new core.DataPlugin({ frontMatterSettingsMode: core.FrontMatterSettingsModes.IGNORE }), 'build-model');
  app.addPlugin(new core.ModelPlugin({ mode: core.InterpretationModes.LOOSE, removeTagsFromText: true, transformArgumentRelations: false }), 'build-model');
  let response: IArgdownResponse;
  try {
    response = app.run(
      {
        input: text,
        process: ['parse-input', 'build-model'],
        logLevel: 'none',
        throwExceptions: false,
        logExceptions: false,
        data: { frontMatterSettingsMode: core.FrontMatterSettingsModes.IGNORE },
        model: { mode: core.InterpretationModes.LOOSE, removeTagsFromText: true, transformArgumentRelations: false },
      },
      prototypeFreeResponse(),
    );
  } catch (e) {
    return { ok: false, problems: [problem('ARGDOWN_SYNTAX', 'line 1:1', `the Argdown parser failed: ${message(e)}`)] };
  }
  const syntax = syntaxProblems(response);
  if (syntax.length > 0) return { ok: false, problems: syntax };
  return { ok: true, doc: toDocument(core, response) };
}

/**
 * A response whose tables by title (statements, arguments, tags) have no prototype.
 * Argdown's model plugin keys them by title in plain objects and looks a title up before
 * adding it, so a statement called `constructor`, `toString` or `__proto__` found
 * Object's own property instead and was lost with its relations. The plugin assigns
 * fresh tables as it starts; each is stripped of its prototype as it is assigned.
 */
function prototypeFreeResponse(): IArgdownResponse {
  const response = {} as IArgdownResponse;
  for (const key of ['statements', 'arguments', 'tags'] as const) {
    let table: unknown;
    Object.defineProperty(response, key, {
      enumerable: true,
      get: () => table,
      set: (value: unknown) => {
        table = value !== null && typeof value === 'object' ? Object.setPrototypeOf(value, null) : value;
      },
    });
  }
  return response;
}

/** Whether anything is left once front matter and comments are taken out (Argdown's parser calls an empty document a syntax error). */
function hasContent(text: string): boolean {
  return (
    text
      .replace(/^\s*===+[\s\S]*?===+/, '')
      .replace(/\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->/g, '')
      .replace(/^[ \t]*\/\/.*$/gm, '')
      .trim() !== ''
  );
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function syntaxProblems(response: IArgdownResponse): Problem[] {
  const out: Problem[] = [];
  for (const e of response.lexerErrors ?? []) {
    out.push(problem('ARGDOWN_SYNTAX', at(location(e.line, e.column)), `unreadable text: ${e.message}`));
  }
  for (const e of response.parserErrors ?? []) {
    out.push(problem('ARGDOWN_SYNTAX', at(location(e.token?.startLine, e.token?.startColumn)), e.message.split('\n')[0] ?? 'syntax error'));
  }
  // The lexer throws instead of reporting some errors; the app then records the exception.
  if (out.length === 0) {
    for (const e of response.exceptions ?? []) out.push(problem('ARGDOWN_SYNTAX', 'line 1:1', `the Argdown parser failed: ${message(e)}`));
  }
  return out;
}

function location(line: number | undefined, column: number | undefined): TextLocation | undefined {
  return typeof line === 'number' && Number.isFinite(line) ? { line, column: typeof column === 'number' && Number.isFinite(column) ? column : 1 } : undefined;
}

function toDocument(core: Core, response: IArgdownResponse): ArgdownDocument {
  const sections: ArgdownSection[] = [];
  const walk = (list: readonly ISection[] | undefined) => {
    for (const s of list ?? []) {
      sections.push({
        id: s.id,
        title: (s.title ?? '').trim(),
        level: s.level,
        tags: [...(s.tags ?? [])],
        data: s.data,
        parentId: s.parent?.id,
        at: location(s.heading?.startLine ?? s.startLine, s.heading?.startColumn ?? s.startColumn),
      });
      walk(s.children);
    }
  };
  walk(response.sections);

  const statements = Object.values(response.statements ?? {}).map((ec) => statementElement(core, ec));
  const args = Object.values(response.arguments ?? {}).map((a) => argumentElement(core, a));
  const relations = (response.relations ?? []).flatMap((r) => relationRecord(r));
  const hadFrontMatter = (response.tokens ?? []).some((t) => core.tokenMatcher(t, core.FrontMatter));
  return { statements, arguments: args, relations, sections, hadFrontMatter };
}

function memberLocation(members: readonly IStatement[], canonical: IStatement | undefined): TextLocation | undefined {
  const first = canonical ?? members.find((m) => typeof m.startLine === 'number');
  return first ? location(first.startLine, first.startColumn) : undefined;
}

function cleanText(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

function statementElement(core: Core, ec: IEquivalenceClass): ArgdownElement {
  const canonical = core.IEquivalenceClass.getCanonicalMember(ec);
  return {
    type: 'statement',
    title: ec.title ?? '',
    text: cleanText(canonical?.text),
    tags: [...(ec.tags ?? [])],
    data: ec.data,
    sectionId: ec.section?.id,
    at: memberLocation(ec.members ?? [], canonical),
    pcs: [],
  };
}

function argumentElement(core: Core, a: IArgument): ArgdownElement {
  const canonical = core.IArgument.getCanonicalMember(a);
  const pcs = (a.pcs ?? []).map((s) => ({ title: s.title ?? '', role: s.role as PcsRole, at: location(s.startLine, s.startColumn) }));
  const firstPcs = (a.pcs ?? [])[0];
  return {
    type: 'argument',
    title: a.title ?? '',
    text: cleanText(canonical?.text),
    tags: [...(a.tags ?? [])],
    data: a.data,
    sectionId: a.section?.id,
    at: memberLocation(a.members ?? [], canonical) ?? (firstPcs ? location(firstPcs.startLine, firstPcs.startColumn) : undefined),
    pcs,
  };
}

function endpoint(member: RelationMember | undefined): ElementRef | undefined {
  if (!member) return undefined;
  if (member.type === 'equivalence-class') return { type: 'statement', title: member.title ?? '' };
  if (member.type === 'argument') return { type: 'argument', title: member.title ?? '' };
  // An inference belongs to an argument: an undercut of it denies that argument's step.
  return member.argumentTitle ? { type: 'argument', title: member.argumentTitle } : undefined;
}

function relationRecord(r: IRelation): ArgdownRelation[] {
  const from = endpoint(r.from);
  const to = endpoint(r.to);
  if (!from || !to) return [];
  const occurrence = r.occurrences?.[0];
  return [{ type: String(r.relationType), from, to, at: occurrence ? location(occurrence.startLine, occurrence.startColumn) : undefined }];
}
