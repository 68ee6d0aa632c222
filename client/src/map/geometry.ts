import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapLevel } from '../state/view-state.ts';

/** The object inside each TopoJSON file (CBS/PDOK via cartomap/nl); features carry `statcode` and `statnaam`. */
export const TOPOLOGY_OBJECT: Record<MapLevel, string> = {
  PROVINCE: 'provincie_2025',
  COROP: 'coropgebied_2025',
  MUNICIPALITY: 'gemeente_2025',
};

interface CbsProperties {
  statcode: string;
  statnaam: string;
}

export interface RegionShape {
  /** CBS code, the same id the API uses (`PV21`, `CR12`, `GM0153`). */
  id: string;
  name: string;
  /** SVG path data in the map's pixel space. */
  d: string;
  /** Label point (the centroid), in pixels. */
  centroid: [number, number];
}

/**
 * Projects one level's TopoJSON into SVG paths fitted to a box (Mercator, fine for a country this size); with
 * `only`, just those regions, fitted to the box (the regiobeeld's map of one province's municipalities).
 * @example regionShapes(provinces, 'PROVINCE', 600, 700).find((r) => r.id === 'PV21')?.name === 'Fryslân'
 */
export function regionShapes(
  topology: Topology,
  level: MapLevel,
  width: number,
  height: number,
  only?: ReadonlySet<string>,
): RegionShape[] {
  const object = topology.objects[TOPOLOGY_OBJECT[level]] as GeometryCollection<CbsProperties> | undefined;
  if (!object) throw new Error(`TopoJSON has no object ${TOPOLOGY_OBJECT[level]}`);
  const all = feature(topology, object) as FeatureCollection<Geometry, CbsProperties>;
  const collection = only ? { ...all, features: all.features.filter((f) => only.has(f.properties.statcode)) } : all;
  const projection = geoMercator().fitSize([width, height], collection);
  const path = geoPath(projection);
  return collection.features
    .map((f: Feature<Geometry, CbsProperties>) => ({
      id: f.properties.statcode,
      name: f.properties.statnaam,
      d: path(f) ?? '',
      centroid: path.centroid(f) as [number, number],
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Classes of the choropleth: regional provider counts binned for a sequential colour scale. */
export const COUNT_BINS = [
  { min: 0, max: 0, color: '#FFFFFF' },
  { min: 1, max: 1, color: '#C6DBEF' },
  { min: 2, max: 2, color: '#6BAED6' },
  { min: 3, max: 4, color: '#2171B5' },
  { min: 5, max: Infinity, color: '#08306B' },
] as const;

/** The bin of a count. */
export const binOf = (count: number) => COUNT_BINS.find((b) => count >= b.min && count <= b.max) ?? COUNT_BINS[0];
