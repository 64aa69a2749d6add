import type { Page } from 'playwright-core';

export interface FrameStats {
  readonly median: number;
  readonly p95: number;
  readonly frames: number;
}

export function stats(samples: readonly number[]): FrameStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: round(at(0.5)), p95: round(at(0.95)), frames: sorted.length };
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Pans the canvas by dragging its pane, one small step per frame, and times each step from
 * the mouse event to the end of the frame that shows it (a requestAnimationFrame, then a
 * message posted after it). The same steps drive the bare page and the editor.
 */
export async function measurePan(page: Page, steps: number): Promise<FrameStats> {
  return stats(await panSamples(page, steps));
}

/** The frame times of one pan, unsorted (see measurePan). */
export async function panSamples(page: Page, steps: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const pane = document.querySelector('.react-flow__pane')!;
    const box = pane.getBoundingClientRect();
    let x = box.left + box.width * 0.6;
    let y = box.top + box.height * 0.6;
    const fire = (type: string, target: EventTarget) =>
      target.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, bubbles: true, cancelable: true, button: 0, buttons: 1, view: window }));
    const frameDone = () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          channel.port2.postMessage(null);
        }),
      );
    fire('mousedown', pane);
    await frameDone();
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      // A slow circle, so the pan keeps bringing new nodes into view in every direction.
      x += 9 * Math.cos(i / 20);
      y += 6 * Math.sin(i / 20);
      const t0 = performance.now();
      fire('mousemove', window);
      await frameDone();
      times.push(performance.now() - t0);
    }
    fire('mouseup', window);
    return times;
  }, steps);
}
