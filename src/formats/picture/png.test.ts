import { describe, expect, it } from 'vitest';
import { sampleMap, SAMPLE_SOURCE } from '../../domain/testing/sampleMap';
import { pngSize } from './png';
import { renderMapSvg } from './svg';

describe('pngSize', () => {
  const svg = renderMapSvg({ map: sampleMap(), sourceTexts: { s: SAMPLE_SOURCE } });
  const declared = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!.slice(1).map(Number) as [number, number];

  it('is the picture at two pixels a unit by default', () => {
    expect(pngSize(svg)).toEqual({ width: declared[0] * 2, height: declared[1] * 2 });
  });

  it('scales a picture down so no side passes the limit, keeping its proportions', () => {
    const size = pngSize(svg, { scale: 4, maxSide: 500 });
    expect(Math.max(size.width, size.height)).toBe(500);
    expect(size.width / size.height).toBeCloseTo(declared[0] / declared[1], 1);
  });

  it('refuses text that is no sized SVG', () => {
    expect(() => pngSize('<svg/>')).toThrow('the picture has no size');
  });
});
