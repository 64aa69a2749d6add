import { memo } from 'react';

interface EdgeGlyphProps {
  readonly x: number;
  readonly y: number;
  readonly glyph: string;
  readonly tone: string;
  readonly title: string;
  /** Set on supports and attacks links: dropping a new link here makes an undercut of this one. */
  readonly undercutTarget?: string;
}

/** The relation's sign at the middle of its line: the cue that survives greyscale. */
export const EdgeGlyph = memo(function EdgeGlyph({ x, y, glyph, tone, title, undercutTarget }: EdgeGlyphProps) {
  return (
    <g className={`cp-glyph cp-tone--${tone}`} transform={`translate(${x} ${y})`} data-link-id={undercutTarget}>
      <title>{title}</title>
      <circle r={glyph.length > 1 ? 11 : 9} />
      <text dy="0.35em" textAnchor="middle">
        {glyph}
      </text>
    </g>
  );
});
