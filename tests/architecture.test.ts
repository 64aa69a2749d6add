import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const FORBIDDEN = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](react|react-dom|zustand|zundo|@xyflow\/[\w-]+|reactflow)(?:\/[^'"]*)?['"]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

describe('layering', () => {
  it.each(['src/domain', 'src/formats'])('%s imports no React, zustand or xyflow', (folder) => {
    const offenders = sourceFiles(join(ROOT, folder))
      .filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('the check itself catches a forbidden import', () => {
    expect(FORBIDDEN.test("import { create } from 'zustand';")).toBe(true);
    expect(FORBIDDEN.test("import { ReactFlow } from '@xyflow/react';")).toBe(true);
    expect(FORBIDDEN.test("import { useStore } from 'zustand/react/shallow';")).toBe(true);
    expect(FORBIDDEN.test("import { z } from 'zod';")).toBe(false);
  });

  it('the domain and the CLI never use dangerouslySetInnerHTML (nor does anything else)', () => {
    const offenders = sourceFiles(join(ROOT, 'src')).filter((f) => readFileSync(f, 'utf8').includes('dangerouslySetInner' + 'HTML'));
    expect(offenders).toEqual([]);
  });
});
