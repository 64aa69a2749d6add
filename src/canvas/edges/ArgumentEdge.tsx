import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowEdge } from '../adapter';
import { EdgeGlyph } from './EdgeGlyph';
import { edgeTone, relationStyle } from '../../ui/relationStyles';

/** Every relation but undercuts: a curve with the relation's marker, weight and glyph. */
export const ArgumentEdge = memo(function ArgumentEdge(props: EdgeProps<FlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data } = props;
  const relation = data?.relation ?? 'supports';
  const style = relationStyle(relation, data?.stance);
  const tone = edgeTone(relation, data?.stance);
  const [path, midX, midY] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  const undercuttable = relation === 'supports' || relation === 'attacks';
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={`cp-edge__line cp-tone--${tone}`}
        markerEnd={`url(#${style.markerEnd})`}
        markerStart={style.markerStart ? `url(#${style.markerStart})` : undefined}
        interactionWidth={16}
      />
      <EdgeGlyph x={midX} y={midY} glyph={style.glyph} tone={tone} title={`${relation === 'assesses' ? `assesses (${data?.stance})` : relation}: ${style.meaning}`} undercutTarget={undercuttable ? id : undefined} />
    </>
  );
});
