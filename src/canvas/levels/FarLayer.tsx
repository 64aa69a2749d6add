import { useStore, useStoreApi, ViewportPortal } from '@xyflow/react';
import { useEffect, useMemo, useRef, type CSSProperties } from 'react';
import { useCounterpoint } from '../../store';
import type { FarScene } from './farScene';
import { placeTitles, ScreenSpace } from './farScene';
import { farGroups, GROUP_MARGIN, placeGroupLabels, type Box, type FarGroup } from './farGroups';
import { FAR_GROUP_PX, FAR_TITLE_PX } from './level';

const LINK_COLORS = { for: 'rgba(46, 125, 82, 0.55)', against: 'rgba(180, 60, 52, 0.6)', other: 'rgba(90, 100, 120, 0.45)' };

/**
 * The far level: every claim a block in its position's colour on its position's tinted ground,
 * the links between claims, drawn on one canvas that a pan redraws once per frame (no DOM per
 * card). The positions' names and the titles that fit without overlapping are DOM text in the
 * viewport, at a fixed size on screen whatever the zoom, so a pan moves them with the map at no
 * cost. Clicks are React Flow's: see `useFarClick`.
 */
export function FarLayer({ scene }: { readonly scene: FarScene }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const api = useStoreApi();
  const selected = useCounterpoint((s) => s.selection.nodes);
  const positions = useCounterpoint((s) => s.doc.positions);
  const groups = useMemo(() => farGroups(scene, positions), [scene, positions]);

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const chosen = new Set(selected);
    const bounds = sceneBounds(scene);
    // The whole scene drawn once per zoom, when that fits in a bitmap of modest size: a pan
    // then costs one drawImage, whatever the number of claims.
    let cache: { zoom: number; ratio: number; bitmap: HTMLCanvasElement } | null = null;
    let frame = 0;
    const draw = () => {
      frame = 0;
      const { transform, width, height } = api.getState();
      const [tx, ty, zoom] = transform;
      const ratio = window.devicePixelRatio || 1;
      if (el.width !== Math.round(width * ratio) || el.height !== Math.round(height * ratio)) {
        el.width = Math.round(width * ratio);
        el.height = Math.round(height * ratio);
      }
      const ctx = el.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, el.width, el.height);
      const w = Math.ceil(bounds.width * zoom * ratio);
      const h = Math.ceil(bounds.height * zoom * ratio);
      if (w > 0 && h > 0 && w <= MAX_BITMAP && h <= MAX_BITMAP) {
        if (!cache || cache.zoom !== zoom || cache.ratio !== ratio) {
          const bitmap = cache?.bitmap ?? document.createElement('canvas');
          bitmap.width = w;
          bitmap.height = h;
          const off = bitmap.getContext('2d');
          if (!off) return;
          off.setTransform(ratio * zoom, 0, 0, ratio * zoom, -bounds.x * zoom * ratio, -bounds.y * zoom * ratio);
          paint(off, scene, groups, chosen, zoom, bounds);
          cache = { zoom, ratio, bitmap };
        }
        ctx.drawImage(cache.bitmap, Math.round((tx + bounds.x * zoom) * ratio), Math.round((ty + bounds.y * zoom) * ratio));
        return;
      }
      ctx.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * tx, ratio * ty);
      // What is on screen, in map units, with a margin so links leaving the view still show.
      paint(ctx, scene, groups, chosen, zoom, { x: -tx / zoom - 300, y: -ty / zoom - 300, width: width / zoom + 600, height: height / zoom + 600 });
    };
    draw();
    const stop = api.subscribe((s, prev) => {
      if (s.transform !== prev.transform || s.width !== prev.width || s.height !== prev.height) frame ||= requestAnimationFrame(draw);
    });
    return () => {
      stop();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [api, scene, groups, selected]);

  return (
    <>
      <canvas ref={canvas} className="cp-far-canvas" role="img" aria-label={`${scene.blocks.length} claims, drawn as blocks in their positions' colours`} />
      <FarTitles scene={scene} groups={groups} />
    </>
  );
}

const zoomOf = (s: { transform: [number, number, number] }) => s.transform[2];

/** The positions' names and the far titles, placed again only when the zoom changes. */
function FarTitles({ scene, groups }: { readonly scene: FarScene; readonly groups: readonly FarGroup[] }) {
  const zoom = useStore(zoomOf);
  const { labels, shown } = useMemo(() => {
    const space = new ScreenSpace();
    const labels = placeGroupLabels(groups, scene, zoom, FAR_GROUP_PX, space);
    return { labels, shown: placeTitles(scene, zoom, FAR_TITLE_PX, undefined, space) };
  }, [scene, groups, zoom]);
  const font = FAR_TITLE_PX / zoom;
  return (
    <ViewportPortal>
      <div className="cp-far-groups" style={{ fontSize: `${FAR_GROUP_PX / zoom}px` }}>
        {labels.map(({ group: g, left, top, width, height }, i) => (
          <div key={`${g.position}-${i}`} className="cp-far-group" data-position-label={g.position} style={{ left, top, width, height, '--cp-position': g.color } as CSSProperties}>
            <span>{g.label}</span>
          </div>
        ))}
      </div>
      <div className="cp-far-titles" style={{ fontSize: `${font}px` }}>
        {shown.map(({ block: b, left, top, width, height }) => (
          <div key={b.id} className="cp-far-title" data-claim-title={b.id} style={{ left, top, width, height, '--cp-position': b.color } as CSSProperties}>
            <span>{b.title}</span>
          </div>
        ))}
      </div>
    </ViewportPortal>
  );
}

/** A position's colour as the ground of its area: light enough for links and blocks to read on it. */
function tint(hex: string): string {
  // Colours are #rrggbb (HexColorSchema); 0x26 is 15 % opacity.
  return `${hex}26`;
}

/** The largest side of the bitmap the far level is cached in, in device pixels. */
const MAX_BITMAP = 4096;

function sceneBounds(scene: FarScene): Box {
  if (scene.blocks.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const b of scene.blocks) {
    left = Math.min(left, b.x);
    top = Math.min(top, b.y);
    right = Math.max(right, b.x + b.width);
    bottom = Math.max(bottom, b.y + b.height);
  }
  // Room for the positions' grounds round the blocks (and the outlines of central and selected ones).
  const m = GROUP_MARGIN + 8;
  return { x: left - m, y: top - m, width: right - left + 2 * m, height: bottom - top + 2 * m };
}

/** Draws the grounds, links and blocks that fall in `view` (map units), in a context already set to map units. */
function paint(ctx: CanvasRenderingContext2D, scene: FarScene, groups: readonly FarGroup[], chosen: ReadonlySet<string>, zoom: number, view: Box): void {
  const left = view.x;
  const top = view.y;
  const right = view.x + view.width;
  const bottom = view.y + view.height;
  for (const g of groups) {
    const b = g.bounds;
    if (b.x > right || b.x + b.width < left || b.y > bottom || b.y + b.height < top) continue;
    // One path for the whole area: overlapping boxes fill once, so the tint stays even.
    ctx.beginPath();
    for (const a of g.areas) ctx.roundRect(a.x, a.y, a.width, a.height, GROUP_MARGIN * 0.75);
    ctx.fillStyle = tint(g.color);
    ctx.fill();
  }
  ctx.lineWidth = 1.5 / zoom;
  for (const kind of ['other', 'for', 'against'] as const) {
    ctx.beginPath();
    for (const [a, b, k] of scene.links) {
      if (k !== kind) continue;
      const p = scene.blocks[a]!;
      const q = scene.blocks[b]!;
      if (Math.max(p.x, q.x) < left || Math.min(p.x, q.x) > right || Math.max(p.y, q.y) < top || Math.min(p.y, q.y) > bottom) continue;
      ctx.moveTo(p.x + p.width / 2, p.y + p.height / 2);
      ctx.lineTo(q.x + q.width / 2, q.y + q.height / 2);
    }
    ctx.strokeStyle = LINK_COLORS[kind];
    ctx.stroke();
  }
  for (const b of scene.blocks) {
    if (b.x > right || b.x + b.width < left || b.y > bottom || b.y + b.height < top) continue;
    ctx.fillStyle = b.color;
    ctx.fillRect(b.x, b.y, b.width, b.height);
    if (b.central || chosen.has(b.id)) {
      ctx.lineWidth = (chosen.has(b.id) ? 4 : 2.5) / zoom;
      ctx.strokeStyle = chosen.has(b.id) ? '#1f6feb' : '#1d2433';
      ctx.strokeRect(b.x, b.y, b.width, b.height);
      ctx.lineWidth = 1.5 / zoom;
    }
  }
}
