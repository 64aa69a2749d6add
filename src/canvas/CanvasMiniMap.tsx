import { Panel, useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { nodeSize } from '../domain/nodeSize';
import type { FlowNode } from './adapter';
import { minimapColor } from './minimapColor';

const SIZE = { width: 200, height: 140 };
const PAD = 6;

interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The scale and origin that fit the nodes, and the view when it reaches beyond them, in the minimap. */
function boundsOf(nodes: readonly FlowNode[], view: Rect | null): Bounds {
  let minX = view ? view.x : Infinity;
  let minY = view ? view.y : Infinity;
  let maxX = view ? view.x + view.width : -Infinity;
  let maxY = view ? view.y + view.height : -Infinity;
  for (const n of nodes) {
    if (n.hidden) continue;
    const { width, height } = nodeSize(n.type);
    minX = Math.min(minX, n.position.x);
    minY = Math.min(minY, n.position.y);
    maxX = Math.max(maxX, n.position.x + width);
    maxY = Math.max(maxY, n.position.y + height);
  }
  if (!Number.isFinite(minX)) return { x: 0, y: 0, scale: 1 };
  const scale = Math.min((SIZE.width - 2 * PAD) / Math.max(1, maxX - minX), (SIZE.height - 2 * PAD) / Math.max(1, maxY - minY));
  // Centre the map in the frame.
  return { x: minX - ((SIZE.width - 2 * PAD) / scale - (maxX - minX)) / 2 - PAD / scale, y: minY - ((SIZE.height - 2 * PAD) / scale - (maxY - minY)) / 2 - PAD / scale, scale };
}

/**
 * The minimap, drawn on a canvas. React Flow's SVG minimap repaints every node on every
 * pan frame, which on a 5,000-node map cost more than the rest of the frame; here the map
 * is drawn once per change and only the frame marking the view moves while panning.
 */
export function CanvasMiniMap({ nodes }: { nodes: readonly FlowNode[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const rf = useStoreApi();
  const { setCenter, getZoom } = useReactFlow();
  // The view is part of the bounds, refreshed once the view has stopped moving, so the frame stays in sight.
  const [view, setView] = useState<Rect | null>(null);
  const bounds = useMemo(() => boundsOf(nodes, view), [nodes, view]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const { transform, width, height } = rf.getState();
        const [tx, ty, zoom] = transform;
        setView({ x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom });
      }, 200);
    };
    settle();
    const unsubscribe = rf.subscribe((state, previous) => {
      if (state.transform !== previous.transform || state.width !== previous.width || state.height !== previous.height) settle();
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [rf]);

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const draw = requestAnimationFrame(() => {
      const ratio = window.devicePixelRatio || 1;
      el.width = SIZE.width * ratio;
      el.height = SIZE.height * ratio;
      const ctx = el.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(ratio * bounds.scale, 0, 0, ratio * bounds.scale, -bounds.x * ratio * bounds.scale, -bounds.y * ratio * bounds.scale);
      for (const n of nodes) {
        if (n.hidden) continue;
        const { width, height } = nodeSize(n.type);
        ctx.fillStyle = n.selected ? '#0b63a8' : minimapColor(n);
        ctx.fillRect(n.position.x, n.position.y, width, height);
      }
    });
    return () => cancelAnimationFrame(draw);
  }, [nodes, bounds]);

  useEffect(() => {
    const place = (state: ReturnType<typeof rf.getState>) => {
      const el = frame.current;
      if (!el) return;
      const [tx, ty, zoom] = state.transform;
      const x = (-tx / zoom - bounds.x) * bounds.scale;
      const y = (-ty / zoom - bounds.y) * bounds.scale;
      el.style.transform = `translate(${x}px, ${y}px)`;
      el.style.width = `${(state.width / zoom) * bounds.scale}px`;
      el.style.height = `${(state.height / zoom) * bounds.scale}px`;
    };
    place(rf.getState());
    return rf.subscribe(place);
  }, [rf, bounds]);

  const jump = (e: React.PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    void setCenter(bounds.x + (e.clientX - box.left) / bounds.scale, bounds.y + (e.clientY - box.top) / bounds.scale, { zoom: getZoom() });
  };

  if (nodes.length === 0) return null;
  return (
    <Panel position="bottom-right" className="cp-minimap-panel">
      <div
        className="cp-minimap"
        role="img"
        aria-label="Minimap: the whole map, with the part in view framed. Click or drag in it to move the view."
        style={SIZE}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          jump(e);
        }}
        onPointerMove={(e) => {
          if (e.buttons === 1) jump(e);
        }}
      >
        <canvas ref={canvas} style={SIZE} aria-hidden="true" />
        <div ref={frame} className="cp-minimap__view" aria-hidden="true" />
      </div>
    </Panel>
  );
}
