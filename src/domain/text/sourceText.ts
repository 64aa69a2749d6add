/**
 * A source text addressed in Unicode code points, as the W3C TextPositionSelector is.
 * JavaScript strings index UTF-16 code units, which differ from code points beyond the
 * Basic Multilingual Plane (emoji, some CJK, historic scripts); all offsets that leave
 * this module are code points.
 */
export class SourceText {
  readonly text: string;
  /** Length in code points. */
  readonly length: number;
  /** UTF-16 index of every code point, plus one past the end; absent when the text is all BMP. */
  private readonly unitIndex: Uint32Array | undefined;

  constructor(text: string) {
    this.text = text;
    let astral = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        astral = true;
        break;
      }
    }
    if (!astral) {
      this.length = text.length;
      this.unitIndex = undefined;
      return;
    }
    const index: number[] = [];
    for (let i = 0; i < text.length; ) {
      index.push(i);
      const cp = text.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
    }
    index.push(text.length);
    this.length = index.length - 1;
    this.unitIndex = Uint32Array.from(index);
  }

  /** UTF-16 index of a code-point offset (0..length inclusive). */
  toUnit(cp: number): number {
    if (!this.unitIndex) return cp;
    return this.unitIndex[Math.max(0, Math.min(cp, this.length))]!;
  }

  /** Code-point offset of a UTF-16 index; an index inside a surrogate pair maps to its code point. */
  toCodePoint(unit: number): number {
    if (!this.unitIndex) return unit;
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.unitIndex[mid]! <= unit) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The text between two code-point offsets (end exclusive). */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUnit(start), this.toUnit(end));
  }

  inRange(start: number, end: number): boolean {
    return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= this.length;
  }
}

/** Length of a string in code points. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && isHigh(s.charCodeAt(i - 1)))) n++;
  }
  return n;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
