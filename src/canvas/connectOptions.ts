import { relationsBetween } from '../domain/relations';
import { STANCES, type Relation, type Stance } from '../domain/schema/edge';
import type { ArgumentMap } from '../domain/schema/map';
import type { NodeKind } from '../domain/schema/node';
import { connectionProblem } from '../store';

/** One way to finish a drawn link: a relation between two existing records, or a new node to create. */
export interface ConnectOption {
  readonly from: string;
  readonly to: string;
  readonly relation: Relation;
  readonly stance?: Stance;
  /** For a link dropped on empty canvas: the kind of node to create at the drop point. */
  readonly create?: NodeKind;
  /** The other end is `from` (the new node argues for the start) or `to`. */
  readonly newEnd?: 'from' | 'to';
}

const NEW = '\u0000new';

function expand(from: string, to: string, relation: Relation, extra: Partial<ConnectOption> = {}): ConnectOption[] {
  return relation === 'assesses' ? STANCES.map((stance) => ({ from, to, relation, stance, ...extra })) : [{ from, to, relation, ...extra }];
}

/**
 * The relations that make sense between the two ends of a drawn link, in the direction it
 * was drawn first and then the reverse (people often drag the wrong way), minus any that
 * already exist.
 */
export function optionsBetween(doc: ArgumentMap, from: string, to: string): { forward: ConnectOption[]; reverse: ConnectOption[] } {
  const kind = (id: string) => doc.nodes.find((n) => n.id === id)?.kind;
  const a = kind(from);
  const b = kind(to);
  if (!a || !b) return { forward: [], reverse: [] };
  const valid = (o: ConnectOption) => connectionProblem(doc, o.from, o.to, o.relation) === undefined;
  const forward = relationsBetween(a, b).flatMap((r) => expand(from, to, r)).filter(valid);
  const reverse = relationsBetween(b, a)
    .filter((r) => r !== 'contrasts')
    .flatMap((r) => expand(to, from, r))
    .filter(valid);
  return { forward, reverse };
}

/** Nodes a link dropped on empty canvas can create: what the start argues for, or what argues for it. */
export function optionsForNewNode(doc: ArgumentMap, start: string, startIsReason: boolean): ConnectOption[] {
  const kind = doc.nodes.find((n) => n.id === start)?.kind;
  if (!kind) return [];
  const kinds: NodeKind[] = ['claim', 'objection'];
  if (startIsReason) {
    return kinds.flatMap((target) =>
      relationsBetween(kind, target)
        .filter((r) => r !== 'undercuts' && r !== 'assesses' && r !== 'contrasts')
        .map((relation) => ({ from: start, to: NEW, relation, create: target, newEnd: 'to' as const })),
    );
  }
  return kinds.flatMap((source) =>
    relationsBetween(source, kind)
      .filter((r) => r === 'supports' || r === 'attacks')
      .filter((r) => !(source === 'objection' && r === 'supports'))
      .map((relation) => ({ from: NEW, to: start, relation, create: source, newEnd: 'from' as const })),
  );
}
