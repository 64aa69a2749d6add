/** The tree's two row icons, drawn as lines (16 px, currentColor) so no font is needed for them. */
const frame = { width: 16, height: 16, viewBox: '0 0 16 16', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true, focusable: false } as const;

export const NoteIcon = () => (
  <svg {...frame}>
    <path d="M10.5 2.5l3 3L6 13H3v-3z" />
    <path d="M9 4l3 3" />
  </svg>
);

export const ShowOnMapIcon = () => (
  <svg {...frame}>
    <circle cx="8" cy="8" r="4.5" />
    <circle cx="8" cy="8" r="1.2" fill="currentColor" />
    <path d="M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2" />
  </svg>
);
