import fc from 'fast-check';
import { PROBLEM_CATALOGUE, type Problem } from '../errors';

/**
 * Shared pieces of the property tests for every way a map enters (the loader, the
 * clipboard, the importers): hostile input, mutations of valid maps, and the checks that
 * nothing threw, every problem is coded and no prototype was polluted.
 */

/** Keys that reach an object's prototype when code assigns or looks up by a key it was given. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
/** Names an id may legally take (ID_PATTERN) that an object literal already answers to. */
export const HOSTILE_IDS = ['constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'] as const;

/** A typed result: ok, or refused with at least one error; every problem coded from the catalogue, located and explained. */
export function isTypedResult(result: { ok: boolean; problems: readonly Problem[] }): boolean {
  const coded = result.problems.every((p) => Object.hasOwn(PROBLEM_CATALOGUE, p.code) && p.severity === PROBLEM_CATALOGUE[p.code].severity && typeof p.path === 'string' && p.path !== '' && p.message !== '');
  return coded && (result.ok || result.problems.some((p) => p.severity === 'error'));
}

const protoNames = () => [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join(' '));
const PRISTINE = protoNames();

/** Whether the built-in prototypes are as they were when this module loaded: no key added, `({}).polluted` unset. */
export function prototypesUntouched(): boolean {
  const probe = {} as Record<string, unknown>;
  return probe.polluted === undefined && Object.getPrototypeOf(probe) === Object.prototype && protoNames().every((names, i) => names === PRISTINE[i]);
}

/** What a hostile key carries: were it merged into a prototype, `({}).polluted` would show it. */
const PAYLOAD = { polluted: 'yes', toString: 'not a function', id: 'c1', kind: 'claim', text: 'payload' };

/** Sets a key as an own property, even `__proto__` (plain assignment would replace the prototype instead). */
function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Any JSON value in which `__proto__`, `constructor` and `prototype` keys appear at any
 * depth, beside `domainKeys` (the format's own field names, so values get past first checks).
 * Built by parsing text, as a file would be read, so `__proto__` is an own key.
 */
export function hostileJson(domainKeys: readonly string[]): fc.Arbitrary<unknown> {
  const keys = [...HOSTILE_KEYS, ...domainKeys];
  const tree = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.string({ maxLength: 12 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(null, true, false, ...HOSTILE_KEYS, ...HOSTILE_IDS, ...domainKeys), fc.array(tie('value'), { maxLength: 4 }), tie('object')),
    object: fc.dictionary(fc.constantFrom(...keys), tie('value'), { maxKeys: 6 }),
  })).value;
  // fc.dictionary defines `__proto__` as an own key; the text round trip makes every object plain, as JSON.parse would.
  return tree.map((v) => JSON.parse(JSON.stringify(v)) as unknown);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One change to a value: the path of child picks to walk, what to do there, and a value to use. */
interface Mutation {
  readonly path: readonly number[];
  readonly op: 'delete' | 'replace' | 'hostile' | 'duplicate' | 'retype';
  readonly key: (typeof HOSTILE_KEYS)[number];
  readonly value: unknown;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
  op: fc.constantFrom('delete', 'replace', 'hostile', 'duplicate', 'retype'),
  key: fc.constantFrom(...HOSTILE_KEYS),
  value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('', 'x'.repeat(200), -1, 1e308, ...HOSTILE_KEYS, ...HOSTILE_IDS)),
});

/**
 * Copies of a valid value (a map, a fragment, an AIF graph) with one to four random
 * changes anywhere in it: a field or element deleted, a value replaced by any JSON (of
 * the wrong type, often), a hostile key added, an element duplicated (ids then clash).
 */
export function mutationsOf(base: unknown): fc.Arbitrary<unknown> {
  const text = JSON.stringify(base);
  return fc.array(mutation, { minLength: 1, maxLength: 4 }).map((changes) => {
    const value = JSON.parse(text) as unknown;
    for (const change of changes) applyMutation(value, change);
    return value;
  });
}

function childKeys(value: unknown): (string | number)[] {
  if (Array.isArray(value)) return value.map((_, i) => i);
  return isPlainObject(value) ? Object.keys(value) : [];
}

function applyMutation(root: unknown, { path, op, key, value }: Mutation): void {
  let parent: unknown = root;
  let at: string | number | undefined;
  for (const pick of path) {
    const current = at === undefined ? parent : (parent as Record<string | number, unknown>)[at];
    const keys = childKeys(current);
    if (keys.length === 0) break;
    parent = current;
    at = keys[pick % keys.length]!;
  }
  if (at === undefined) return;
  const container = parent as Record<string | number, unknown>;
  const old = container[at];
  if (op === 'delete') {
    if (Array.isArray(container)) container.splice(at as number, 1);
    else delete container[at];
  } else if (op === 'replace') {
    container[at] = value;
  } else if (op === 'hostile') {
    setOwn(isPlainObject(old) ? old : container, key, structuredClone(PAYLOAD));
  } else if (op === 'duplicate') {
    if (Array.isArray(container)) container.push(structuredClone(old));
  } else {
    container[at] = typeof old === 'string' ? old.length : typeof old === 'number' ? String(old) : Array.isArray(old) ? {} : [old];
  }
}

/** Fields whose values are free text, never ids. */
const TEXT_FIELDS = new Set(['text', 'title', 'quote', 'prefix', 'suffix', 'label', 'description', 'note']);
/** Objects keyed by node id (layouts, an outline's order and notes): their keys are renamed with the ids. */
const KEYED_BY_ID = new Set(['layout', 'laneLayout', 'order', 'notes']);

/**
 * A valid map with some of its ids renamed, everywhere they are named, to legal ids that an
 * object literal already answers to (`constructor`, `toString`…): a lookup by id in a plain
 * object finds Object's own function unless the code guards against it.
 */
export function withHostileIds<T>(map: T, ids: readonly string[]): fc.Arbitrary<T> {
  const text = JSON.stringify(map);
  return fc.shuffledSubarray([...ids], { minLength: 1, maxLength: HOSTILE_IDS.length }).map((chosen) => {
    const rename = new Map(chosen.map((id, i) => [id, HOSTILE_IDS[i]!]));
    return JSON.parse(text, (key, value: unknown) => {
      if (typeof value === 'string') return rename.has(value) && !TEXT_FIELDS.has(key) ? rename.get(value) : value;
      if (!KEYED_BY_ID.has(key) || !isPlainObject(value)) return value;
      const out = {};
      for (const [k, v] of Object.entries(value)) setOwn(out, rename.get(k) ?? k, v);
      return out;
    }) as T;
  });
}
