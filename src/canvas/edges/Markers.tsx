import { memo } from 'react';

/**
 * The end markers of every relation, defined once per page and referenced by id from the
 * edges and the legend. Sized in user space so a heavier line does not grow its arrow.
 */
export const Markers = memo(function Markers() {
  const marker = (id: string, tone: string, width: number, refX: number, shape: React.ReactNode, orient = 'auto-start-reverse') => (
    <marker id={id} className={`cp-marker cp-tone--${tone}`} viewBox={`0 0 ${width} 12`} refX={refX} refY={6} markerWidth={width} markerHeight={12} markerUnits="userSpaceOnUse" orient={orient}>
      {shape}
    </marker>
  );
  return (
    <svg className="cp-markers" aria-hidden="true" focusable="false" width="0" height="0">
      <defs>
        {marker('cp-marker-supports', 'supports', 12, 11, <path d="M0,0 L12,6 L0,12 z" />)}
        {/* A bar across the shaft before the arrowhead: "against", distinct in shape from support. */}
        {marker('cp-marker-attacks', 'attacks', 16, 15, <path d="M0,0 H3 V12 H0 z M5,0 L16,6 L5,12 z" />)}
        {marker('cp-marker-undercuts', 'undercuts', 4, 3, <path d="M0,0 H4 V12 H0 z" />)}
        {marker('cp-marker-contrasts', 'contrasts', 12, 10, <circle cx="6" cy="6" r="4" className="cp-marker--open" />)}
        {marker('cp-marker-states', 'states', 12, 11, <path d="M1,1 L11,6 L1,11" className="cp-marker--open" />)}
        {marker('cp-marker-assesses-supports', 'assesses-supports', 12, 11, <path d="M0,6 L6,0 L12,6 L6,12 z" />)}
        {marker('cp-marker-assesses-challenges', 'assesses-challenges', 12, 11, <path d="M0,6 L6,0 L12,6 L6,12 z" />)}
        {marker('cp-marker-assesses-complicates', 'assesses-complicates', 12, 11, <path d="M0,6 L6,0 L12,6 L6,12 z" />)}
      </defs>
    </svg>
  );
});
