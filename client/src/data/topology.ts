import type { Topology } from 'topojson-specification';
import coropUrl from '../../../seed/data/regions/corop-2025.topojson?url';
import municipalitiesUrl from '../../../seed/data/regions/gemeenten-2025.topojson?url';
import provincesUrl from '../../../seed/data/regions/provinces-2025.topojson?url';
import type { MapLevel } from '../state/view-state.ts';

// The boundary files stay where the seed keeps them (one copy in the repository); Vite copies them into
// the build as assets, and they are fetched only when the map is first shown.
const URLS: Record<MapLevel, string> = {
  PROVINCE: provincesUrl,
  COROP: coropUrl,
  MUNICIPALITY: municipalitiesUrl,
};

const loaded = new Map<MapLevel, Promise<Topology>>();

/** Loads (once) the TopoJSON of a map level. */
export function loadTopology(level: MapLevel): Promise<Topology> {
  let p = loaded.get(level);
  if (!p) {
    p = fetch(URLS[level]).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<Topology>;
    });
    // A failed load is forgotten so that "try again" can load it again.
    p.catch(() => loaded.delete(level));
    loaded.set(level, p);
  }
  return p;
}
