/**
 * Fills in the GeoNames ids of US states and countries in the fixtures'
 * gold annotations (test/fixtures/<slug>/gold.json), which writers leave
 * null: they are looked up in the gazetteer's tables by `admin1` / `country`.
 * Cities keep the id the writer looked up. Run: npx tsx scripts/fill-gold-place-ids.ts
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {countryByCode, findCountry} from '../src/gazetteer/countries.js'
import {findUsState, usStateByPostalCode} from '../src/gazetteer/us-states.js'

interface GoldPlace {
  name: string
  admin1?: string
  country?: string
  geonameId: number | null
}

const fixtures = new URL('../test/fixtures/', import.meta.url)
let filled = 0
const unresolved: string[] = []

for (const entry of readdirSync(fixtures, {withFileTypes: true})) {
  if (!entry.isDirectory()) continue
  const path = new URL(entry.name + '/gold.json', fixtures)
  let text = readFileSync(path, 'utf8')
  const gold = JSON.parse(text) as {places?: GoldPlace[]}
  // Edit the text in place, so each writer's layout of the file survives.
  let cursor = text.indexOf('"places"')
  for (const place of gold.places ?? []) {
    cursor = text.indexOf('"name": ' + JSON.stringify(place.name), cursor)
    if (place.geonameId !== null) continue
    const id =
      findUsState(place.name)?.geonameId ??
      findCountry(place.name)?.geonameId ??
      (place.admin1 && place.country === 'US' ? usStateByPostalCode(place.admin1)?.geonameId : undefined) ??
      (place.country && !place.admin1 ? countryByCode(place.country)?.geonameId : undefined)
    const slot = text.indexOf('"geonameId": null', cursor)
    if (id === undefined || slot === -1) {
      unresolved.push(entry.name + ': ' + place.name)
      continue
    }
    text = text.slice(0, slot) + '"geonameId": ' + id + text.slice(slot + '"geonameId": null'.length)
    filled++
  }
  JSON.parse(text)
  writeFileSync(path, text)
}

console.log('Filled ' + filled + ' ids.' + (unresolved.length > 0 ? ' Unresolved: ' + unresolved.join('; ') : ''))
