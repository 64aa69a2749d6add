import { describe, expect, it } from 'vitest';
import { safeHref } from './safeHref';

describe('safe links', () => {
  it('keeps http, https and mailto links', () => {
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHref('mailto:someone@example.org')).toBe('mailto:someone@example.org');
  });

  it('drops scripts, data, relative and malformed links', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref(' JavaScript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<b>x</b>')).toBeUndefined();
    expect(safeHref('/relative')).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });
});
