import { relationLook, relationTone, type MarkerShape } from '../../domain/relationLook';
import type { Relation, Stance } from '../../domain/schema/edge';
import type { DrawnEdge } from './scene';
import { attrs, textElement } from './xml';

/** Every relation's end marker, once per picture, referenced by tone (`cp-marker-attacks`). */
export function markerDefs(): string {
  const tones: [Relation, Stance | undefined][] = [
    ['supports', undefined], ['attacks', undefined], ['undercuts', undefined], ['contrasts', undefined], ['states', undefined],
    ['assesses', 'supports'], ['assesses', 'challenges'], ['assesses', 'complicates'],
  ];
  return tones.map(([relation, stance]) => marker(`cp-marker-${relationTone(relation, stance)}`, relationLook(relation, stance).marker, relationLook(relation, stance).color)).join('');
}

function marker(id: string, shape: MarkerShape, color: string): string {
  const paint = shape.open ? { fill: '#ffffff', stroke: color, 'stroke-width': 1.6 } : { fill: color };
  const drawn = shape.circle ? `<circle${attrs({ ...shape.circle, ...paint })}/>` : `<path${attrs({ d: shape.path, ...paint })}/>`;
  return `<marker${attrs({ id, viewBox: `0 0 ${shape.width} 12`, refX: shape.refX, refY: 6, markerWidth: shape.width, markerHeight: 12, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' })}>${drawn}</marker>`;
}

/** The sign at a link's middle: a white disc ringed in the relation's colour, the sign on it. */
export function glyph(x: number, y: number, sign: string, color: string, radius = sign.length > 1 ? 11 : 9, size = 12): string {
  return (
    `<g${attrs({ class: 'glyph', transform: `translate(${x} ${y})` })}>` +
    `<circle${attrs({ r: radius, fill: '#ffffff', stroke: color, 'stroke-width': 1.5 })}/>` +
    textElement('text', { y: size * 0.35, 'text-anchor': 'middle', 'font-family': 'system-ui, sans-serif', 'font-size': size, 'font-weight': 800, fill: color }, sign) +
    `</g>`
  );
}

/** A link as the canvas draws it: its curve in the relation's colour and weight, its marker and its sign. */
export function renderEdge({ edge, link }: DrawnEdge): string {
  const look = relationLook(edge.relation, edge.stance);
  const markerId = `cp-marker-${relationTone(edge.relation, edge.stance)}`;
  const title = edge.relation === 'assesses' ? `assesses (${edge.stance ?? 'supports'}): ${look.meaning}` : `${edge.relation}: ${look.meaning}`;
  return (
    `<g${attrs({ class: `edge edge-${relationTone(edge.relation, edge.stance)}`, 'data-id': edge.id })}>` +
    textElement('title', {}, title) +
    `<path${attrs({ d: link.path, fill: 'none', stroke: look.color, 'stroke-width': look.strokeWidth, 'marker-end': `url(#${markerId})`, 'marker-start': look.markerAtStart ? `url(#${markerId})` : undefined })}/>` +
    glyph(link.mid.x, link.mid.y, look.glyph, look.color) +
    `</g>`
  );
}
