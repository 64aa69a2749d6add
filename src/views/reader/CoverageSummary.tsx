import type { MapsCoverage } from './useMapsCoverage';

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** The share of paragraphs cited, by this map (as `counterpoint stats` gives it) and by all maps. */
export function CoverageSummary({ coverage }: { coverage: MapsCoverage }) {
  const { thisMap, allMaps } = coverage;
  return (
    <div className="cp-coverage" role="group" aria-label="Coverage of the text">
      <p>
        <span className="cp-coverage__swatch cp-coverage__swatch--map" aria-hidden="true" />
        <span>
          This map cites <b>{thisMap.cited.length}</b> of {thisMap.paragraphs} paragraphs (<span data-testid="coverage-this-map">{percent(thisMap.share)}</span>)
        </span>
      </p>
      <p>
        <span className="cp-coverage__swatch cp-coverage__swatch--all" aria-hidden="true" />
        {allMaps ? (
          <span>
            All maps cite <b>{allMaps.cited}</b> (<span data-testid="coverage-all-maps">{percent(allMaps.share)}</span>)
          </span>
        ) : (
          <span className="cp-muted">Counting the other maps…</span>
        )}
      </p>
    </div>
  );
}
