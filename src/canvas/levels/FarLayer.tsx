import { useStore, useStoreApi, ViewportPortal } from '@xyflow/react';
import { useEffect, useMemo, useRef, type CSSProperties } from 'react';
import { useCounterpoint } from '../../store';
import type { FarScene } from './farScene';
import { placeTitles } from './farScene';
import { FAR_TITLE_PX } from './level';

const LINK_COLORS = { for: 'rgba(46, 125, 82, 0.55)', against: 'rgba(180, 60, 52, 0.6)', other: 'rgba(90, 100, 120, 0.45)' };

/**
 * The far level: every claim a block in its position's colour, the links between claims, drawn
 * on one canvas that a pan redraws once per frame (no DOM per card). The titles that fit
 * without overlapping are DOM text in the viewport, at 11 px on screen whatever the zoom, so a
 * pan moves them with the map at no cost. Clicks are React Flow's: see `useFarClick`.
 */
export function FarLayer({ scene }: { readonly scene: FarScene }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const api = useStoreApi();
  const selected = useCounterpoint((s) => s.selection.nodes);

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const chosen = new Set(selected);
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
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, width, height);
      ctx.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * tx, ratio * ty);
      // What is on screen, in map units, with a margin so links leaving the view still show.
      const left = -tx / zoom - 300;
      const top = -ty / zoom - 300;
      const right = (width - tx) / zoom + 300;
      const bottom = (height - ty) / zoom + 300;
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
    };
    draw();
    const stop = api.subscribe((s, prev) => {
      if (s.transform !== prev.transform || s.width !== prev.width || s.height !== prev.height) frame ||= requestAnimationFrame(draw);
    });
    return () => {
      stop();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [api, scene, selected]);

  return (
    <>
      <canvas ref={canvas} className="cp-far-canvas" role="img" aria-label={`${scene.blocks.length} claims, drawn as blocks in their positions' colours`} />
      <FarTitles scene={scene} />
    </>
  );
}

const zoomOf = (s: { transform: [number, number, number] }) => s.transform[2];

/** The far titles, placed again only when the zoom changes. */
function FarTitles({ scene }: { readonly scene: FarScene }) {
  const zoom = useStore(zoomOf);
  const shown = useMemo(() => placeTitles(scene, zoom, FAR_TITLE_PX), [scene, zoom]);
  const font = FAR_TITLE_PX / zoom;
  return (
    <ViewportPortal>
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
