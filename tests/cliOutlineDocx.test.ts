import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'counterpoint');
const FIXTURE = 'tests/fixtures/outline/debate.map.json';
const temp = mkdtempSync(join(tmpdir(), 'cp-docx-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const cli = (args: string[]) => spawnSync(BIN, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, COUNTERPOINT_DEBUG: '' } });

describe('counterpoint outline --format docx', () => {
  it('writes a Word document whose footnotes carry the citations and whose bibliography is in --style', () => {
    const out = join(temp, 'essay.docx');
    const r = cli(['outline', FIXTURE, '--thesis', 'permanent-revolution', '--format', 'docx', '--style', 'apa', '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const parts = unzipSync(readFileSync(out));
    const footnotes = strFromU8(parts['word/footnotes.xml']!);
    const document = strFromU8(parts['word/document.xml']!);
    // Chicago notes in the footnotes (short form: author, title), APA in the bibliography (author, initials, year).
    expect(footnotes).toContain('Pipes, </w:t>');
    expect(footnotes).toContain('>The Russian Revolution</w:t>');
    expect(document).toContain('Pipes, R. (1990). </w:t>');
    expect(document).toMatch(/<w:footnoteReference w:id="1"\/>/);
  });

  it('needs -o: a .docx is not printed (exit 2)', () => {
    const r = cli(['outline', FIXTURE, '--thesis', 'permanent-revolution', '--format', 'docx']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('a .docx is a binary file: name it with -o essay.docx');
    expect(r.stdout).toBe('');
  });

  it('names an unknown thesis (exit 1) and writes nothing', () => {
    const out = join(temp, 'none.docx');
    const r = cli(['outline', FIXTURE, '--thesis', 'nothing-here', '--format', 'docx', '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('UNKNOWN_THESIS');
    expect(() => readFileSync(out)).toThrow();
  });
});
