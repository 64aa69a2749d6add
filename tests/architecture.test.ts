import { readFileSync, writeFileSync, mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importGraph, layerOf, sourceFiles } from './importGraph';

const ROOT = join(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');
const FORBIDDEN = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](react|react-dom|zustand|zundo|@xyflow\/[\w-]+|reactflow)(?:\/[^'"]*)?['"]/;

/**
 * Which layer may import which (README, "The code"): domain <- formats <- store <-
 * commands <- ui <- canvas, views <- app; the command line and the server stand over
 * domain and formats only. Views never reach into the app or the canvas: what they share
 * lives in ui, commands or the store. A folder missing here fails the test until it is placed.
 */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  domain: [],
  formats: ['domain'],
  collab: ['domain'],
  store: ['domain', 'formats', 'collab'],
  commands: ['domain', 'formats', 'store'],
  ui: ['domain', 'formats', 'store', 'commands'],
  canvas: ['domain', 'formats', 'store', 'commands', 'ui'],
  views: ['domain', 'formats', 'store', 'commands', 'ui'],
  app: ['domain', 'formats', 'store', 'commands', 'ui', 'canvas', 'views', 'collab'],
  server: ['domain', 'formats', 'collab'],
  cli: ['domain', 'formats', 'server', 'collab', 'outside'],
  'main.tsx': ['app'],
};

function layerViolations(root: string): string[] {
  const out: string[] = [];
  for (const [file, targets] of importGraph(root)) {
    const from = layerOf(root, file);
    const allowed = ALLOWED[from];
    if (!allowed) {
      out.push(`${relative(root, file)}: the layer "${from}" is not in the table of allowed imports`);
      continue;
    }
    for (const target of targets) {
      const to = layerOf(root, target);
      if (to !== from && !allowed.includes(to)) out.push(`${relative(root, file)} -> ${relative(root, target)} (${from} may not import ${to})`);
    }
  }
  return out;
}

describe('layering', () => {
  it.each(['src/domain', 'src/formats', 'src/collab', 'src/server'])('%s imports no React, zustand or xyflow', (folder) => {
    const offenders = sourceFiles(join(ROOT, folder))
      .filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('src/collab runs in the browser too: no Node modules, nothing from the server, the CLI or the store (tests aside)', () => {
    const reaches = /(?:from\s+|import\s*\(\s*)['"](node:[\w/]+|\.\.\/(?:server|cli|store|app)\/[^'"]*)['"]/;
    const offenders = sourceFiles(join(ROOT, 'src/collab'))
      .filter((f) => !/\.test\.ts$/.test(f) && reaches.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
    expect(reaches.test("import { join } from 'node:path';")).toBe(true);
    expect(reaches.test("import { startServer } from '../server/start';")).toBe(true);
  });

  it('the check itself catches a forbidden import', () => {
    expect(FORBIDDEN.test("import { create } from 'zustand';")).toBe(true);
    expect(FORBIDDEN.test("import { ReactFlow } from '@xyflow/react';")).toBe(true);
    expect(FORBIDDEN.test("import { useStore } from 'zustand/react/shallow';")).toBe(true);
    expect(FORBIDDEN.test("import { z } from 'zod';")).toBe(false);
  });

  it('every import between layers is one the table allows', () => {
    expect(layerViolations(SRC)).toEqual([]);
  });

  it('there is no import cycle anywhere in src/ (type imports count)', () => {
    expect(cycles(importGraph(SRC)).map((c) => c.map((f) => relative(SRC, f)).sort())).toEqual([]);
  });

  it('the checks catch a view importing the app, a type-only cycle, and an unplaced folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'cp-arch-'));
    for (const dir of ['views', 'app', 'store', 'gadgets']) mkdirSync(join(root, dir));
    writeFileSync(join(root, 'views', 'v.ts'), "import { A } from '../app/a';\nexport const V = A;\n");
    writeFileSync(join(root, 'app', 'a.ts'), 'export const A = 1;\n');
    writeFileSync(join(root, 'store', 'x.ts'), "import type { Y } from './y';\nexport type X = Y;\n");
    writeFileSync(join(root, 'store', 'y.ts'), "import type { X } from './x';\nexport type Y = X | 1;\n");
    writeFileSync(join(root, 'gadgets', 'g.ts'), 'export const G = 1;\n');
    expect(layerViolations(root).sort()).toEqual(['gadgets/g.ts: the layer "gadgets" is not in the table of allowed imports', 'views/v.ts -> app/a.ts (views may not import app)']);
    expect(cycles(importGraph(root)).map((c) => c.map((f) => relative(root, f)).sort())).toEqual([['store/x.ts', 'store/y.ts']]);
  });

  it('nothing uses dangerouslySetInnerHTML', () => {
    const offenders = sourceFiles(SRC).filter((f) => readFileSync(f, 'utf8').includes('dangerouslySetInner' + 'HTML'));
    expect(offenders).toEqual([]);
  });

  it("only src/domain/schema/zod.ts imports 'zod' (it turns off zod's eval probe, which the CSP reports)", () => {
    const importsZod = /(?:from\s+|import\s*\(\s*)['"]zod(?:\/[^'"]*)?['"]/;
    const offenders = sourceFiles(SRC)
      .filter((f) => importsZod.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual(['src/domain/schema/zod.ts']);
  });
});
