import { problem, type Problem } from '../../domain/errors';
import type { Position } from '../../domain/schema/position';
import type { Question } from '../../domain/schema/question';
import { IdAllocator } from '../interchange/ids';
import { HEX_COLOR, paletteColor } from '../interchange/palette';
import { own, ownInteger, ownString } from '../interchange/record';
import { at, type ArgdownSection } from './document';

/**
 * Headings (Argdown's sections, which its maps draw as groups) become the map's positions
 * and questions, by one rule:
 *
 * - a heading whose data names a `position` (or `question`) id, or that is tagged
 *   `#position` (or `#question`), is one;
 * - otherwise a heading whose text ends with a question mark is a question, and any other
 *   heading is a position (a party, a school, a side such as "Pro").
 *
 * A statement or argument belongs to the nearest enclosing position heading and answers
 * the nearest enclosing question heading. Two headings with the same id (or, without one,
 * the same text) are the same record.
 */
export interface Headings {
  readonly positions: Position[];
  readonly questions: Question[];
  positionOf(sectionId: string | undefined): string | undefined;
  questionOf(sectionId: string | undefined): string | undefined;
  readonly problems: Problem[];
}

type Role = { kind: 'position' | 'question'; id: string };

export function readHeadings(sections: readonly ArgdownSection[]): Headings {
  const positions: Position[] = [];
  const questions: Question[] = [];
  const problems: Problem[] = [];
  const ids = new IdAllocator();
  const byKey = new Map<string, string>();
  const roles = new Map<string, Role>();
  const byId = new Map(sections.map((s) => [s.id, s]));

  for (const section of sections) {
    const kind = headingKind(section);
    const givenId = ownString(section.data, kind);
    const key = `${kind}:${givenId ?? section.title.toLowerCase()}`;
    let id = byKey.get(key);
    if (id === undefined) {
      id = ids.take(givenId, section.title, kind);
      byKey.set(key, id);
      if (givenId !== undefined && id !== givenId) {
        problems.push(problem('ARGDOWN_DATA_IGNORED', at(section.at), `the heading "${section.title}" asks for the ${kind} id ${JSON.stringify(givenId)}, which is not a valid id or is taken; it is "${id}"`));
      }
      const label = section.title || id;
      if (kind === 'position') positions.push(positionRecord(id, label, section, positions.length, problems));
      else questions.push({ id, text: label, ...optionalString(section.data, 'description') });
    }
    roles.set(section.id, { kind, id });
  }

  const nearest = (sectionId: string | undefined, kind: Role['kind']): string | undefined => {
    for (let s = sectionId === undefined ? undefined : byId.get(sectionId); s; s = s.parentId === undefined ? undefined : byId.get(s.parentId)) {
      const role = roles.get(s.id);
      if (role?.kind === kind) return role.id;
    }
    return undefined;
  };
  return { positions, questions, problems, positionOf: (id) => nearest(id, 'position'), questionOf: (id) => nearest(id, 'question') };
}

function headingKind(section: ArgdownSection): Role['kind'] {
  if (own(section.data, 'position') !== undefined) return 'position';
  if (own(section.data, 'question') !== undefined) return 'question';
  const tags = section.tags.map((t) => t.toLowerCase());
  if (tags.includes('position')) return 'position';
  if (tags.includes('question')) return 'question';
  return section.title.trimEnd().endsWith('?') ? 'question' : 'position';
}

function positionRecord(id: string, label: string, section: ArgdownSection, index: number, problems: Problem[]): Position {
  const color = ownString(section.data, 'color');
  if (own(section.data, 'color') !== undefined && !(color && HEX_COLOR.test(color))) {
    problems.push(problem('ARGDOWN_DATA_IGNORED', at(section.at), `the heading "${section.title}" has a colour that is not #rrggbb; a palette colour was used`));
  }
  const from = ownInteger(section.data, 'from');
  const to = ownInteger(section.data, 'to');
  return {
    id,
    label,
    color: color && HEX_COLOR.test(color) ? color : paletteColor(index),
    ...optionalString(section.data, 'period'),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    ...optionalString(section.data, 'description'),
  };
}

function optionalString<K extends string>(data: unknown, key: K): Partial<Record<K, string>> {
  const value = ownString(data, key);
  return value === undefined || value === '' ? {} : ({ [key]: value } as Record<K, string>);
}
