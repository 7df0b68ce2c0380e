// The gazetteer's country points lie inside the country they stand for, on the outlines the
// explorer's map draws (Natural Earth 1:50m from world-atlas): a country's marker once fell inside
// Nakhchivan, an exclave of its neighbour.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const atlas = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const countries = (feature(atlas, atlas.objects.countries) as unknown as { features: { properties: { name: string } }[] }).features;
const gazetteer = parse(readFileSync(new URL('../../seed/gazetteer.yaml', import.meta.url), 'utf8')) as Record<string, Record<string, { name: string; lat: number; lon: number; precision: string }>>;
const places = Object.values(gazetteer).flatMap((section) => Object.values(section ?? {})).filter((p) => p && typeof p === 'object' && 'precision' in p);
const countryPoints = places.filter((p) => p.precision === 'COUNTRY');

describe('gazetteer coordinates', () => {
  it('has country points to check', () => {
    expect(countryPoints.map((p) => p.name)).toEqual(expect.arrayContaining(['Armenia', 'Azerbaijan']));
  });

  it.each(countryPoints.map((p) => [p.name, p] as const))('puts %s inside its own outline', (name, point) => {
    const outline = countries.find((c) => c.properties.name === name);
    expect(outline, `world-atlas has no country named ${name}`).toBeDefined();
    expect(geoContains(outline as never, [point.lon, point.lat])).toBe(true);
  });
});
