import { useReactFlow, useStoreApi, type ReactFlowInstance } from '@xyflow/react';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { nodeSize } from '../domain/nodeSize';
import { nodeById, useCounterpoint, useCounterpointStore } from '../store';
import { layoutPositions } from './layout/layoutClient';
import { readViewport, writeViewport } from './savedViewport';
import type { FlowEdge, FlowNode } from './adapter';
import { useCanvasPort } from '../commands/canvasPort';
import { fitShown } from './lanes/fitLanes';
import { shownLayout } from './lanes/laneSelectors';
import { laneFrame } from './lanes/chrome';
import { laneView } from '../domain/compare/laneView';
import { openingLanes, openingView } from './openingView';

/**
 * Carries out what the store asks of the view (bring a node into view, fit the map) and
 * fills the canvas port commands use, while the canvas is mounted. `onReadableOpen` is told
 * when a map too large to read whole opened at a readable zoom instead (with its open serial).
 */
export function useCanvasRequests(container: React.RefObject<HTMLDivElement | null>, onReadableOpen?: (openSerial: number) => void) {
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const rf = useStoreApi();
  const store = useCounterpointStore();
  const port = useCanvasPort();
  const reveal = useCounterpoint((s) => s.reveal);
  const fitSerial = useCounterpoint((s) => s.fitSerial);
  const openSerial = useCounterpoint((s) => s.openSerial);
  const handledReveal = useRef<number | null>(null);
  const readableOpen = useRef(onReadableOpen);
  readableOpen.current = onReadableOpen;

  useLayoutEffect(() => {
    port.current = {
      viewportCenter() {
        const box = container.current?.getBoundingClientRect();
        if (!box) return { x: 0, y: 0 };
        return flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
      },
      visibleArea() {
        const box = container.current?.getBoundingClientRect();
        if (!box) return { x: 0, y: 0, width: 0, height: 0 };
        const topLeft = flow.screenToFlowPosition({ x: box.left, y: box.top });
        const bottomRight = flow.screenToFlowPosition({ x: box.right, y: box.bottom });
        return { x: topLeft.x, y: topLeft.y, width: bottomRight.x - topLeft.x, height: bottomRight.y - topLeft.y };
      },
      screenToFlow: (p) => flow.screenToFlowPosition(p),
      fitView: (ids) => void flow.fitView(fitOptions(ids)),
    };
    return () => {
      port.current = null;
    };
  }, [flow, port, container]);

  // A newly opened map is shown whole, unless a node was asked for (a link to a node).
  useEffect(() => {
    if (openSerial === 0) return;
    void settleUnplaced(store, () => void flow.fitView(fitOptions()));
    const pending = store.getState().reveal;
    const key = viewKey(store);
    const saved = readViewport(key);
    // The open takes care of the reveal the URL asked for; the reveal effect below must not redo it.
    handledReveal.current = pending?.serial ?? null;
    let frame = 0;
    const show = () => {
      const s = store.getState();
      const node = pending ? nodeById(s.doc, pending.nodeId) : undefined;
      const at = pending ? shownLayout(s)[pending.nodeId] : undefined;
      const box = container.current?.getBoundingClientRect();
      // A reload shows the map as it was left, the named node included; a link to a node out of that view goes to it.
      if (saved && (!node || !at || (box && inView(saved, box, at, nodeSize(node.kind))))) void flow.setViewport(saved);
      else if (node) centerOn(flow, at, node.id, store, false);
      else {
        // A map seen for the first time: whole if it reads whole, else readable at its start.
        const size = { width: rf.getState().width, height: rf.getState().height };
        const opening = s.layoutMode === 'lanes' ? openingLanes(laneFrame(laneView(s.doc)), size) : openingView(s.doc, s.doc.layout, size);
        if (opening.kind === 'fit') fitShown(flow, store, 0);
        else {
          void flow.setViewport(opening.viewport);
          readableOpen.current?.(s.openSerial);
        }
        // A programmatic view ends no move of the user's, so the view it chose is remembered here.
        frame = requestAnimationFrame(() => writeViewport(key, flow.getViewport()));
      }
    };
    // Fit or restore only once React Flow knows its size: a fit to a canvas of no size is no fit.
    const sized = (state: ReturnType<typeof rf.getState>) => state.width > 0 && state.height > 0;
    let unsubscribe: (() => void) | undefined;
    if (sized(rf.getState())) frame = requestAnimationFrame(show);
    else {
      unsubscribe = rf.subscribe((state) => {
        if (!sized(state)) return;
        unsubscribe?.();
        unsubscribe = undefined;
        frame = requestAnimationFrame(show);
      });
    }
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe?.();
    };
  }, [openSerial, flow, store, container, rf]);

  useEffect(() => {
    if (!reveal || reveal.serial === handledReveal.current) return;
    const doc = store.getState().doc;
    if (!nodeById(doc, reveal.nodeId)) return;
    // A node just made for typing jumps into view: its editor must be there for the first key.
    const typing = store.getState().editing === reveal.nodeId;
    centerOn(flow, shownLayout(store.getState())[reveal.nodeId], reveal.nodeId, store, !typing);
  }, [reveal, flow, store]);

  useEffect(() => {
    if (fitSerial > 0) fitShown(flow, store);
  }, [fitSerial, flow, store]);

  // The view as the page is left is the one a reload shows: a page left while the view is still
  // moving (a fit under way) would otherwise come back at the view before the move.
  useEffect(() => {
    const keep = () => writeViewport(viewKey(store), flow.getViewport());
    addEventListener('pagehide', keep);
    return () => removeEventListener('pagehide', keep);
  }, [flow, store]);
}

/** Views are remembered per map and per layout (the free layout and the swimlanes place nodes differently). */
export function viewKey(store: ReturnType<typeof useCounterpointStore>): string {
  const s = store.getState();
  return `${s.mapKey}:${s.layoutMode}`;
}

/** Whether a node's box lies within what a viewport shows of a canvas of this size. */
function inView(v: { x: number; y: number; zoom: number }, box: DOMRect, at: { x: number; y: number }, size: { width: number; height: number }): boolean {
  const left = at.x * v.zoom + v.x;
  const top = at.y * v.zoom + v.y;
  return left >= 0 && top >= 0 && left + size.width * v.zoom <= box.width && top + size.height * v.zoom <= box.height;
}

/**
 * A map that arrives with many nodes unplaced (an import from another tool) opens with them
 * on the store's provisional grid; ELK lays them out once, as part of opening it.
 */
async function settleUnplaced(store: ReturnType<typeof useCounterpointStore>, done: () => void): Promise<void> {
  const { doc, openSerial, provisionalLayout } = store.getState();
  if (provisionalLayout.length === 0) return;
  try {
    const positions = await layoutPositions(doc);
    if (store.getState().openSerial !== openSerial) return;
    store.getState().settleLayout(positions);
    done();
  } catch (e) {
    store.getState().notify({ tone: 'error', text: `This map's ${provisionalLayout.length} unplaced nodes could not be laid out: ${e instanceof Error ? e.message : String(e)}` });
  }
}

function fitOptions(ids?: readonly string[]) {
  return { padding: 0.12, maxZoom: 1.1, duration: 200, ...(ids ? { nodes: ids.map((id) => ({ id })) } : {}) };
}

function centerOn(
  flow: ReactFlowInstance<FlowNode, FlowEdge>,
  at: { x: number; y: number } | undefined,
  id: string,
  store: ReturnType<typeof useCounterpointStore>,
  animate: boolean,
) {
  const node = nodeById(store.getState().doc, id);
  const internal = flow.getInternalNode(id);
  const corner = at ?? internal?.internals.positionAbsolute;
  if (!node || !corner) return;
  const { width, height } = nodeSize(node.kind);
  void flow.setCenter(corner.x + width / 2, corner.y + height / 2, { zoom: Math.max(flow.getZoom(), 0.85), duration: animate ? 250 : 0 }).then(() => {
    // Move keyboard focus to the node so the next key acts on it (Enter edits, Delete deletes),
    // unless the user is typing somewhere (a new node's text, a field of the details panel).
    const active = document.activeElement;
    if (store.getState().editing !== null || active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement) return;
    document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
  });
}
