/**
 * Okabe–Ito colours, distinguishable by colour-blind readers: positions an imported file
 * brings without a colour of its own get them in turn (the app offers the same ones).
 */
export const POSITION_PALETTE = ['#E69F00', '#56B4E9', '#009E73', '#D55E00', '#0072B2', '#CC79A7', '#F0E442', '#000000'] as const;

export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

export function paletteColor(index: number): string {
  return POSITION_PALETTE[index % POSITION_PALETTE.length]!;
}
