import { BaseEdge, useInternalNode, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { nodeSize } from '../../domain/nodeSize';
import type { FlowEdge } from '../adapter';
import { anchorPoint } from '../geometry/handles';
import { linkBetween, linkPath, sideFacing } from '../geometry/paths';
import { EdgeGlyph } from './EdgeGlyph';
import { RELATION_STYLES } from '../../ui/relationStyles';

/**
 * An undercut denies that a link holds, so it aims at the middle of that link (where the
 * link's glyph sits), recomputed live as either end of the link moves.
 */
export const UndercutEdge = memo(function UndercutEdge({ id, source, data }: EdgeProps<FlowEdge>) {
  const from = useInternalNode(source);
  const linkFrom = useInternalNode(data?.aim?.from ?? '');
  const linkTo = useInternalNode(data?.aim?.to ?? '');
  if (!from || !linkFrom || !linkTo) return null;
  const link = linkBetween(
    { kind: linkFrom.type ?? '', at: linkFrom.internals.positionAbsolute },
    { kind: linkTo.type ?? '', at: linkTo.internals.positionAbsolute },
  );
  const placed = { kind: from.type ?? '', at: from.internals.positionAbsolute };
  const sides = sideFacing(placed, nodeSize(placed.kind), link.mid);
  const { path, mid } = linkPath(anchorPoint(placed.kind, placed.at, sides.source), sides.source, link.mid, sides.target);
  const style = RELATION_STYLES.undercuts;
  return (
    <>
      <BaseEdge id={id} path={path} className="cp-edge__line cp-tone--undercuts" markerEnd={`url(#${style.markerEnd})`} interactionWidth={16} />
      <EdgeGlyph x={mid.x} y={mid.y} glyph={style.glyph} tone="undercuts" title={`undercuts: ${style.meaning}`} />
    </>
  );
});
