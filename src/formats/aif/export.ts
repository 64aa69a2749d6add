import type { Edge } from '../../domain/schema/edge';
import type { ArgumentMap } from '../../domain/schema/map';
import { nodeWords } from '../interchange/citation';
import { EXTENSION_KEY, type AifDocument, type AifEdge, type AifNode } from './aifJson';

/**
 * A map as AIFdb JSON. Every node becomes an I-node (claims, objections, passages with
 * their quote, works with their citation, notes with their text). Each edge becomes a
 * scheme node between its ends: `supports` and `states` an RA ("Default Inference"),
 * `attacks` and `contrasts` a CA ("Default Conflict"), `undercuts` a CA aimed at the scheme
 * node of the link it denies, `assesses` an RA when the work supports the claim, a CA when
 * it challenges it, and both when it complicates it. Ids: I-nodes keep the map's node ids,
 * scheme nodes are `s-<edge id>` (`s-<edge id>-ca` for the conflict half of a complicating
 * reading). The `counterpoint` key keeps the rest (see aifJson.ts).
 */
export function mapToAif(map: ArgumentMap): AifDocument {
  const nodes: AifNode[] = map.nodes.map((n) => ({ nodeID: n.id, text: nodeWords(n, map.references), type: 'I', [EXTENSION_KEY]: { ...n } }));
  const edges: AifEdge[] = [];
  const schemeOf = new Map<string, string[]>();
  const link = (from: string, to: string) => edges.push({ edgeID: `a${edges.length + 1}`, fromID: from, toID: to });

  const scheme = (e: Edge, type: 'RA' | 'CA', suffix = '') => {
    const id = `s-${e.id}${suffix}`;
    nodes.push({
      nodeID: id,
      text: type === 'RA' ? 'Default Inference' : 'Default Conflict',
      type,
      scheme: type === 'RA' ? 'Default Inference' : 'Default Conflict',
      [EXTENSION_KEY]: { edge: e.id, relation: e.relation, ...(e.stance ? { stance: e.stance } : {}), ...(e.note ? { note: e.note } : {}), ...(e.pages ? { pages: e.pages } : {}) },
    });
    schemeOf.set(e.id, [...(schemeOf.get(e.id) ?? []), id]);
    return id;
  };

  const ordered = [...map.edges.filter((e) => e.relation !== 'undercuts'), ...map.edges.filter((e) => e.relation === 'undercuts')];
  for (const e of ordered) {
    const kinds: ('RA' | 'CA')[] =
      e.relation === 'supports' || e.relation === 'states'
        ? ['RA']
        : e.relation === 'assesses'
          ? e.stance === 'supports' ? ['RA'] : e.stance === 'challenges' ? ['CA'] : ['RA', 'CA']
          : ['CA'];
    for (const type of kinds) {
      const s = scheme(e, type, kinds.length > 1 && type === 'CA' ? '-ca' : '');
      link(e.from, s);
      if (e.relation === 'undercuts') for (const target of schemeOf.get(e.to) ?? []) link(s, target);
      else link(s, e.to);
    }
  }

  return {
    nodes,
    edges,
    locutions: [],
    [EXTENSION_KEY]: {
      format: 'counterpoint-aif',
      id: map.id,
      title: map.title,
      ...(map.description ? { description: map.description } : {}),
      positions: map.positions,
      questions: map.questions,
      references: map.references,
      sources: map.sources,
      layout: map.layout,
    },
  };
}
