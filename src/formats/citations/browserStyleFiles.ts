import type { StyleFileLoader } from './styles';

// Each file becomes its own lazily loaded chunk: nothing is fetched until a style is used.
const FILES = import.meta.glob<string>(['./styles/*.csl', './styles/*.xml'], { query: '?raw', import: 'default' });

/** The browser's StyleFileLoader: the vendored CSL files, bundled by Vite and imported on demand. */
export const browserStyleFiles: StyleFileLoader = async (file) => {
  const load = FILES[`./styles/${file}`];
  if (!load) throw new Error(`no vendored citation style file "${file}"`);
  return load();
};
