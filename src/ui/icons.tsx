import type { ReactNode } from 'react';

/** Small line icons (16 px, currentColor), drawn here so the toolbar needs no icon font. */
function Icon({ children }: { children: ReactNode }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const ICONS = {
  claim: (
    <Icon>
      <rect x="2" y="3" width="12" height="10" rx="2" />
      <path d="M5 7h6M5 10h4" />
    </Icon>
  ),
  objection: (
    <Icon>
      <path d="M4 4l8 8M12 4l-8 8" />
    </Icon>
  ),
  passage: (
    <Icon>
      <path d="M3 9.5c0-2.5 1-4 3-5M3 9.5h2.5V12H3zM9 9.5c0-2.5 1-4 3-5M9 9.5h2.5V12H9z" />
    </Icon>
  ),
  work: (
    <Icon>
      <path d="M3 3.5h4a1.5 1.5 0 0 1 1.5 1.5v8A1.5 1.5 0 0 0 7 11.5H3zM13 3.5H9.5A1.5 1.5 0 0 0 8 5v8a1.5 1.5 0 0 1 1.5-1.5H13z" />
    </Icon>
  ),
  note: (
    <Icon>
      <path d="M3 3h10v6l-4 4H3zM9 13V9h4" />
    </Icon>
  ),
  undo: (
    <Icon>
      <path d="M6 4L3 7l3 3M3 7h6.5a3.5 3.5 0 0 1 0 7H8" />
    </Icon>
  ),
  redo: (
    <Icon>
      <path d="M10 4l3 3-3 3M13 7H6.5a3.5 3.5 0 0 0 0 7H8" />
    </Icon>
  ),
  layout: (
    <Icon>
      <rect x="6" y="2" width="4" height="3" rx="0.8" />
      <rect x="2" y="11" width="4" height="3" rx="0.8" />
      <rect x="10" y="11" width="4" height="3" rx="0.8" />
      <path d="M8 5v3M4 11V8h8v3" />
    </Icon>
  ),
  lanes: (
    <Icon>
      <rect x="2" y="2.5" width="12" height="11" rx="1.5" />
      <path d="M6 2.5v11M10 2.5v11M2 8h12" />
    </Icon>
  ),
  filter: (
    <Icon>
      <path d="M2.5 3.5h11L9.5 8.5v4l-3 1.5v-5.5z" />
    </Icon>
  ),
  focus: (
    <Icon>
      <circle cx="8" cy="8" r="2" />
      <circle cx="8" cy="8" r="5.5" strokeOpacity="0.45" />
    </Icon>
  ),
  search: (
    <Icon>
      <circle cx="7" cy="7" r="4.5" />
      <path d="M10.5 10.5L14 14" />
    </Icon>
  ),
  minus: (
    <Icon>
      <path d="M4 8h8" />
    </Icon>
  ),
  plus: (
    <Icon>
      <path d="M8 4v8M4 8h8" />
    </Icon>
  ),
} as const;

/** Row icons of the outline tree, drawn as lines (16 px, currentColor) so no font is needed for them. */
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
