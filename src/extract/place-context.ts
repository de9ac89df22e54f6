import type {Dateline} from '../article.js'
import {findCountry} from '../gazetteer/countries.js'
import {placeCandidates} from '../gazetteer/gazetteer.js'
import {findUsState} from '../gazetteer/us-states.js'
import type {AnalyzedBlock} from './analyze.js'
import {cityName, type ParsedDateline} from './dateline.js'
import {type Mention, mentionOf} from './mention.js'
import {Run} from './run.js'
import type {PlaceContext} from './places.js'

/**
 * The dateline's city, and its state or country (`Co.` → Colorado), as
 * place mentions, so they are resolved with the others.
 */
export function datelinePlaceMentions(analyzed: AnalyzedBlock, parsed: ParsedDateline): Mention[] {
  const place = (name: string, start: number, end: number, region: string | undefined): Mention => {
    const first = analyzed.tokens.findIndex((token) => token.start >= start)
    // (Some token always follows: the dateline's dash, or its date.)
    const run = new Run(analyzed, first, analyzed.tokens.findIndex((token) => token.start >= end))
    return mentionOf(run, 'place', {cue: 'dateline', detail: region}, {name, start, end, inQuote: false, region})
  }
  // As a reader writes it: a town the gazetteer lacks keeps this name (`PEMBERTON` → `Pemberton`).
  const mentions = [place(cityName(parsed.city), 0, parsed.city.length, parsed.region)]
  if (parsed.region !== undefined) {
    // (`PEMBERTON, British Columbia`, `STANSTED, England`: a province or a UK nation too.)
    const name = findUsState(parsed.region)?.name ?? findCountry(parsed.region)?.name ?? largerArea(parsed.region)
    // (The region is written after the city, so it is always found there.)
    const start = parsed.text.indexOf(parsed.region, parsed.city.length)
    if (name !== undefined) mentions.push(place(name, start, start + parsed.region.length, undefined))
  }
  return mentions
}

/** The name of a province abroad, a UK nation or a continent written as a dateline's region; none for a town's name. */
function largerArea(region: string): string | undefined {
  return placeCandidates(region).find((candidate) => candidate.kind === 'division' || candidate.kind === 'area')?.name
}

/** Where the story is, for resolving places: the dateline, whether it is federal news, and the places the newsroom settled. */
export function placeContext(
  analyzed: readonly AnalyzedBlock[],
  dateline: Dateline | undefined,
  datelineCity: Mention | undefined,
  settled?: PlaceContext['settled']
): PlaceContext {
  // (Every field in one literal: a spread of it with a field added, `{...placeContext(…), settled}`, took V8's slow path.)
  return {state: dateline?.state, country: dateline?.country, federal: isFederal(analyzed), datelineCity, blocks: analyzed, settled}
}

/**
 * Congress or the White House in the text: `Washington` is more likely D.C. (A `WASHINGTON` dateline
 * needs no such cue: the dateline's own reading settles every `Washington` of the story.)
 */
function isFederal(analyzed: readonly AnalyzedBlock[]): boolean {
  return analyzed.some((block) =>
    block.tokens.some((token, index) => token.text === 'Congress' || (token.text === 'White' && block.tokens[index + 1]?.text === 'House'))
  )
}
