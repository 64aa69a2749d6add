import { useMemo, useState } from 'react';
import { MapCanvas } from '../canvas/MapCanvas';
import { Legend } from '../canvas/Legend';
import { formatProblemLine } from '../domain/errors';
import { BUNDLED_MAPS, loadBundled } from './bundledMaps';

function initialFile(): string {
  const wanted = new URLSearchParams(location.search).get('map');
  const hit = BUNDLED_MAPS.find((m) => m.file === `${wanted}.map.json`);
  return (hit ?? BUNDLED_MAPS[0])?.file ?? '';
}

export function App() {
  const [file, setFile] = useState(initialFile);
  const entry = BUNDLED_MAPS.find((m) => m.file === file);
  const result = useMemo(() => (entry ? loadBundled(entry) : undefined), [entry]);

  const choose = (next: string) => {
    setFile(next);
    const url = new URL(location.href);
    url.searchParams.set('map', next.replace(/\.map\.json$/, ''));
    history.replaceState(null, '', url);
  };

  return (
    <div className="cp-app">
      <header className="cp-toolbar">
        <h1 className="cp-brand">Counterpoint</h1>
        <label className="cp-field">
          <span>Map</span>
          <select value={file} onChange={(e) => choose(e.target.value)}>
            {BUNDLED_MAPS.map((m) => (
              <option key={m.file} value={m.file}>
                {titleOf(m.text) ?? m.file}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main className="cp-main">
        {!result ? (
          <p className="cp-empty">No maps found under maps/.</p>
        ) : result.ok ? (
          <>
            <div className="cp-canvas">
              <MapCanvas map={result.map} />
            </div>
            <Legend map={result.map} />
          </>
        ) : (
          <section className="cp-problems" role="alert">
            <h2>This map could not be opened</h2>
            <ul>
              {result.problems.map((p, i) => (
                <li key={i}>
                  <code>{formatProblemLine(file, p)}</code>
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </div>
  );
}

function titleOf(text: string): string | undefined {
  try {
    const title = (JSON.parse(text) as { title?: unknown }).title;
    return typeof title === 'string' ? title : undefined;
  } catch {
    return undefined;
  }
}
