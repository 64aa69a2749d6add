import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_IMPORTERS } from '../registry';
import { loadCitationJs } from './citationJs';

/**
 * No reference import may reach the network: DOIs, ISBNs and URLs in a file are data. Every way
 * out of this process is trapped (fetch, XMLHttpRequest, sockets, DNS, and the child process
 * Citation.js's synchronous fetch runs) before Citation.js is first loaded, and each attempt is
 * recorded and refused.
 */
const require = createRequire(import.meta.url);
const attempts: string[] = [];
const restore: (() => void)[] = [];

function trap(owner: Record<string, unknown>, name: string, label: string): void {
  const original = owner[name];
  owner[name] = (...args: unknown[]) => {
    attempts.push(`${label}(${String(args[0])})`);
    throw new Error(`network and processes are off in this test: ${label}`);
  };
  restore.push(() => (owner[name] = original));
}

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../tests/fixtures/references', name), 'utf8');
const citationJsLoaded = () => Object.keys(require.cache).some((k) => k.includes(`${'@citation-js'}/core`));

beforeAll(() => {
  // If Citation.js were already loaded, its fetch would hold the real functions and the traps prove nothing.
  expect(citationJsLoaded()).toBe(false);
  trap(globalThis as unknown as Record<string, unknown>, 'fetch', 'fetch');
  (globalThis as unknown as Record<string, unknown>).XMLHttpRequest = function XMLHttpRequest() {
    attempts.push('XMLHttpRequest');
    throw new Error('network is off in this test');
  };
  restore.push(() => delete (globalThis as unknown as Record<string, unknown>).XMLHttpRequest);
  const childProcess = require('node:child_process') as Record<string, unknown>;
  for (const name of ['execFileSync', 'execFile', 'execSync', 'exec', 'spawn', 'spawnSync', 'fork']) trap(childProcess, name, `child_process.${name}`);
  const net = require('node:net') as { Socket: { prototype: Record<string, unknown> } } & Record<string, unknown>;
  trap(net.Socket.prototype, 'connect', 'socket.connect');
  trap(net, 'connect', 'net.connect');
  trap(net, 'createConnection', 'net.createConnection');
  const dns = require('node:dns') as Record<string, unknown>;
  trap(dns, 'lookup', 'dns.lookup');
  for (const mod of ['node:http', 'node:https']) {
    const m = require(mod) as Record<string, unknown>;
    trap(m, 'request', `${mod}.request`);
    trap(m, 'get', `${mod}.get`);
  }
});

afterAll(() => restore.reverse().forEach((undo) => undo()));

const DOI = '10.1007/978-1-349-25024-0';
const INPUTS: [string, string][] = [
  ['a DOI-only BibTeX entry', fixture('doi-only.bib')],
  ['a DOI-only RIS record', fixture('doi-only.ris')],
  ['a URL-only CSL-JSON item', fixture('url-only.csl.json')],
  ['a bare DOI', DOI],
  ['a DOI URL', `https://doi.org/${DOI}`],
  ['a web address', 'https://example.org/refs.bib'],
  ['a bare ISBN', '978-0-333-55284-1'],
  ['a Wikidata id', 'Q42'],
  ['a BibTeX file', fixture('historiography.bib')],
  ['a RIS file', fixture('historiography.ris')],
];

describe('reference imports never reach the network', () => {
  it.each(INPUTS)('%s, through every reference importer', async (_what, text) => {
    for (const importer of REFERENCE_IMPORTERS) {
      const result = await importer.parse(text);
      expect(result.ok || result.problems.length > 0).toBe(true);
    }
    expect(attempts).toEqual([]);
  });

  it('no fetching parser is installed, and none of the look-up input types has a parser', async () => {
    const input = await loadCitationJs();
    expect(input.listDataParser(true)).toEqual([]);
    for (const type of ['@else/url', '@doi/id', '@doi/api', '@doi/list+text', '@isbn/id', '@wikidata/id', '@pubmed/id']) {
      expect([type, Boolean(input.hasDataParser(type, false) || input.hasDataParser(type, true))]).toEqual([type, false]);
    }
  });

  it('the traps are live: Citation.js’s own fetchers are caught', async () => {
    const { util } = await import('@citation-js/core');
    expect(() => util.fetchFile(`https://doi.org/${DOI}`)).toThrow();
    await expect(util.fetchFileAsync(`https://doi.org/${DOI}`)).rejects.toThrow();
    expect(attempts).toEqual(['child_process.execFileSync(' + process.execPath + ')', `fetch(https://doi.org/${DOI})`]);
    attempts.length = 0;
  });
});
