/**
 * Geographic centres of US areas from their outlines (Census Bureau
 * cartographic boundaries, via us-atlas), for the gazetteer build: the
 * nation, its states and territories, its counties.
 *
 * Why: the point gazetteers and encyclopedias give a state (GeoNames,
 * Wikipedia) is near the centre of its main landmass, not where its people
 * live: Texas' population-weighted centre is 240 km east of its geographic
 * one. Likewise the United States' point is the centre of the contiguous
 * states (USGS's geographic centre near Lebanon, Kansas, which GeoNames'
 * point marks too), not the atlas point 38° N, 97° W, 250 km south-east.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {feature} from 'topojson-client'
import type {GeometryObject, Topology} from 'topojson-specification'

/** The centre of an area's largest landmass, and the share of the area that landmass holds (0–1). */
export interface LandmassCentre {
  readonly latitude: number
  readonly longitude: number
  readonly share: number
}

type Ring = ReadonlyArray<readonly [number, number]>

/**
 * Area and centroid of a ring on a local equirectangular plane (longitude scaled by the cosine
 * of its mean latitude, longitudes unwrapped across the antimeridian): exact enough for a centre.
 */
function ringCentroid(ring: Ring): {area: number; latitude: number; longitude: number} {
  const meanLatitude = ring.reduce((sum, point) => sum + point[1], 0) / ring.length
  const scale = Math.cos((meanLatitude * Math.PI) / 180)
  const reference = ring[0]![0]
  const unwrap = (longitude: number) => (longitude - reference > 180 ? longitude - 360 : longitude - reference < -180 ? longitude + 360 : longitude)
  let twiceArea = 0
  let x = 0
  let y = 0
  for (let index = 0; index < ring.length - 1; index++) {
    const x0 = unwrap(ring[index]![0]) * scale
    const y0 = ring[index]![1]
    const x1 = unwrap(ring[index + 1]![0]) * scale
    const y1 = ring[index + 1]![1]
    const cross = x0 * y1 - x1 * y0
    twiceArea += cross
    x += (x0 + x1) * cross
    y += (y0 + y1) * cross
  }
  if (twiceArea === 0) return {area: 0, latitude: meanLatitude, longitude: reference}
  let longitude = x / (3 * twiceArea) / scale
  if (longitude > 180) longitude -= 360
  if (longitude < -180) longitude += 360
  return {area: Math.abs(twiceArea / 2), latitude: y / (3 * twiceArea), longitude}
}

/** The centre of the largest polygon's outer ring (holes are lakes; they barely move a centre). */
function largestLandmass(geometry: {type: string; coordinates?: unknown}): LandmassCentre | undefined {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : []) as Ring[][]
  let largest: {area: number; latitude: number; longitude: number} | undefined
  let total = 0
  for (const polygon of polygons) {
    const outer = polygon[0]
    if (outer === undefined || outer.length < 4) continue
    const centroid = ringCentroid(outer)
    total += centroid.area
    if (largest === undefined || centroid.area > largest.area) largest = centroid
  }
  if (largest === undefined || total === 0) return undefined
  return {latitude: largest.latitude, longitude: largest.longitude, share: largest.area / total}
}

/** Each feature's landmass centre, keyed by the feature's id (a FIPS code; `US` for the nation). When ids repeat, the larger landmass wins. */
function centresOf(packageFile: string, object: string): {centres: Map<string, LandmassCentre>; version: string} {
  const require = createRequire(import.meta.url)
  const path = require.resolve(packageFile)
  const packageName = packageFile.split('/')[0]!
  const {version} = require(`${packageName}/package.json`) as {version: string}
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology
  const collection = feature(topology, topology.objects[object] as GeometryObject)
  const centres = new Map<string, LandmassCentre>()
  const features = 'features' in collection ? collection.features : [collection]
  for (const area of features) {
    const centre = area.id === undefined ? undefined : largestLandmass(area.geometry)
    if (centre) centres.set(String(area.id), centre)
  }
  return {centres, version: `${packageName}@${version}`}
}

/** The United States: the centre of the contiguous states (its largest landmass), keyed `US`. */
export const usNationCentre = () => centresOf('us-atlas/nation-10m.json', 'nation')

/** US states and territories by two-digit FIPS code (`08`). */
export const usStateCentres = () => centresOf('us-atlas/states-10m.json', 'states')

/** US counties, parishes and boroughs by five-digit FIPS code (`08031`). */
export const usCountyCentres = () => centresOf('us-atlas/counties-10m.json', 'counties')
