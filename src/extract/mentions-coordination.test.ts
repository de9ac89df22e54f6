import {describe, expect, test} from 'vitest'
import {SourceMap} from '../document/source-map.js'
import {findTitle} from '../lexicon/titles.js'
import {type AnalyzedBlock, analyzeBlock} from './analyze.js'
import {type Cue, type Mention, type MentionDetails, mentionOf} from './mention.js'
import {coordinatedClubs, coordinatedOrganizations} from './mentions-coordination.js'
import {Run} from './run.js'

// Mentions made by hand, so that each test says exactly what the recognizers handed over.

/** What a test says of one mention: its words, kind and cue (and detail and other fields when they matter). */
interface Given {
  readonly words: string
  readonly kind: Mention['kind']
  readonly cue: Cue
  readonly detail?: string
  readonly details?: MentionDetails | undefined
}

function analyzed(text: string): AnalyzedBlock {
  return analyzeBlock({kind: 'paragraph', text, group: 0, map: new SourceMap()}, 0)
}

/** The mentions of `given` in `block`, each at the first place its words stand from the previous one on. */
function mentionsOf(block: AnalyzedBlock, given: readonly Given[]): Mention[] {
  let from = 0
  return given.map(({words, kind, cue, detail, details}) => {
    const parts = words.split(' ')
    let first = from
    while (!parts.every((word, offset) => block.tokens[first + offset]?.text === word)) {
      first++
      if (first >= block.tokens.length) throw new Error(`no ${words} in the block`)
    }
    from = first + parts.length
    return mentionOf(new Run(block, first, first + parts.length), kind, {cue, detail}, details)
  })
}

/** The mentions after the rule: kind, name, cue, detail, and whether a lone word waits as a tentative surname. */
function read(rule: typeof coordinatedClubs, text: string, given: readonly Given[]) {
  const block = analyzed(text)
  return rule(block, mentionsOf(block, given)).map((mention) => [mention.kind, mention.name, mention.evidence.cue, mention.evidence.detail, mention.tentative && mention.surnameOnly])
}

const club = (words: string): Given => ({words, kind: 'organization', cue: 'team'})
const town = (words: string, details?: MentionDetails): Given => ({words, kind: 'place', cue: 'gazetteer', details})

describe('coordinatedClubs: in sports copy, a town listed with a club is a club', () => {
  test('after the club, along the whole list (`Cardiff City, Leeds and Derby`)', () => {
    expect(read(coordinatedClubs, 'Cardiff City, Leeds and Derby drew.', [club('Cardiff City'), town('Leeds'), town('Derby')])).toEqual([
      ['organization', 'Cardiff City', 'team', undefined, false],
      ['person', 'Leeds', 'team', 'listed with a club', true],
      ['person', 'Derby', 'team', 'listed with a club', true]
    ])
  })

  test('before the club, along the whole list (`Leeds, Derby and Cardiff City`)', () => {
    expect(read(coordinatedClubs, 'Leeds, Derby and Cardiff City drew.', [town('Leeds'), town('Derby'), club('Cardiff City')])).toEqual([
      ['person', 'Leeds', 'team', 'listed with a club', true],
      ['person', 'Derby', 'team', 'listed with a club', true],
      ['organization', 'Cardiff City', 'team', undefined, false]
    ])
  })

  test('a town of two words is a club of that name, not a lone surname', () => {
    expect(read(coordinatedClubs, 'Cardiff City and New York drew.', [club('Cardiff City'), town('New York')])).toEqual([
      ['organization', 'Cardiff City', 'team', undefined, false],
      ['organization', 'New York', 'team', 'listed with a club', false]
    ])
  })

  test('a lone club word read as a player\'s surname (`team`, a person) still makes its neighbours clubs', () => {
    const lone: Given = {words: 'Leeds', kind: 'person', cue: 'team', details: {surnameOnly: true, tentative: true}}
    expect(read(coordinatedClubs, 'Leeds and Derby drew.', [lone, town('Derby')])).toEqual([
      ['person', 'Leeds', 'team', undefined, true],
      ['person', 'Derby', 'team', 'listed with a club', true]
    ])
  })

  test('only `,`, `and` or `, and` list: `v`, `beat` and `, or` do not', () => {
    expect(read(coordinatedClubs, 'Cardiff City, and Derby drew.', [club('Cardiff City'), town('Derby')])[1]).toEqual(['person', 'Derby', 'team', 'listed with a club', true])
    for (const text of ['Cardiff City v Derby.', 'Cardiff City beat Derby.', 'Cardiff City, or Derby.', 'Cardiff City and then Derby.', 'Cardiff City, and then Derby.', 'Cardiff City; and Derby.']) {
      expect(read(coordinatedClubs, text, [club('Cardiff City'), town('Derby')])[1]).toEqual(['place', 'Derby', 'gazetteer', undefined, false])
    }
    for (const text of ['Derby v Cardiff City.', 'Derby, or Cardiff City.', 'Derby and then Cardiff City.']) {
      expect(read(coordinatedClubs, text, [town('Derby'), club('Cardiff City')])[0]).toEqual(['place', 'Derby', 'gazetteer', undefined, false])
    }
  })

  test('countries and large areas stay places (national sides are their countries); so do a town with its region and a place not from the gazetteer', () => {
    const after = (text: string, second: Given) => read(coordinatedClubs, text, [club('Cardiff City'), second])[1]
    const before = (text: string, first: Given) => read(coordinatedClubs, text, [first, club('Cardiff City')])[0]
    expect(after('Cardiff City and England drew.', town('England'))).toEqual(['place', 'England', 'gazetteer', undefined, false])
    expect(before('England and Cardiff City drew.', town('England'))).toEqual(['place', 'England', 'gazetteer', undefined, false])
    expect(after('Cardiff City and France drew.', town('France'))).toEqual(['place', 'France', 'gazetteer', undefined, false])
    expect(before('France and Cardiff City drew.', town('France'))).toEqual(['place', 'France', 'gazetteer', undefined, false])
    expect(after('Cardiff City and Europe drew.', town('Europe'))).toEqual(['place', 'Europe', 'gazetteer', undefined, false])
    expect(before('Europe and Cardiff City drew.', town('Europe'))).toEqual(['place', 'Europe', 'gazetteer', undefined, false])
    expect(after('Cardiff City and Derby drew.', town('Derby', {region: 'England'}))).toEqual(['place', 'Derby', 'gazetteer', undefined, false])
    expect(before('Derby and Cardiff City drew.', town('Derby', {region: 'England'}))).toEqual(['place', 'Derby', 'gazetteer', undefined, false])
    const site: Given = {words: 'Derby', kind: 'place', cue: 'context'}
    expect(after('Cardiff City and Derby drew.', site)).toEqual(['place', 'Derby', 'context', undefined, false])
    expect(before('Derby and Cardiff City drew.', site)).toEqual(['place', 'Derby', 'context', undefined, false])
  })

  test('a place the gazetteer gives no candidate for (named by hand) can be a club; only places are read again', () => {
    const unknown: Given = {words: 'Zorvak', kind: 'place', cue: 'gazetteer'}
    expect(read(coordinatedClubs, 'Cardiff City and Zorvak drew.', [club('Cardiff City'), unknown])[1]).toEqual(['person', 'Zorvak', 'team', 'listed with a club', true])
    expect(read(coordinatedClubs, 'Zorvak and Cardiff City drew.', [unknown, club('Cardiff City')])[0]).toEqual(['person', 'Zorvak', 'team', 'listed with a club', true])
    const body: Given = {words: 'Derby', kind: 'organization', cue: 'gazetteer'}
    expect(read(coordinatedClubs, 'Cardiff City and Derby drew.', [club('Cardiff City'), body])[1]).toEqual(['organization', 'Derby', 'gazetteer', undefined, false])
    expect(read(coordinatedClubs, 'Derby and Cardiff City drew.', [body, club('Cardiff City')])[0]).toEqual(['organization', 'Derby', 'gazetteer', undefined, false])
  })

  test('a place is no club, even with `team` evidence; nor is an organization known otherwise', () => {
    const placeByTeam: Given = {words: 'Leeds', kind: 'place', cue: 'team'}
    expect(read(coordinatedClubs, 'Leeds and Derby drew.', [placeByTeam, town('Derby')])[1]).toEqual(['place', 'Derby', 'gazetteer', undefined, false])
    expect(read(coordinatedClubs, 'Derby and Leeds drew.', [town('Derby'), placeByTeam])[0]).toEqual(['place', 'Derby', 'gazetteer', undefined, false])
    const company: Given = {words: 'Acme Corp', kind: 'organization', cue: 'organization-head'}
    expect(read(coordinatedClubs, 'Acme Corp and Derby.', [company, town('Derby')])[1]).toEqual(['place', 'Derby', 'gazetteer', undefined, false])
    expect(read(coordinatedClubs, 'Derby and Acme Corp agreed.', [town('Derby'), company])[0]).toEqual(['place', 'Derby', 'gazetteer', undefined, false])
  })

  test('one mention or none is left as it is', () => {
    expect(read(coordinatedClubs, 'Derby drew.', [town('Derby')])).toEqual([['place', 'Derby', 'gazetteer', undefined, false]])
    expect(read(coordinatedClubs, 'They drew.', [])).toEqual([])
  })
})

describe('coordinatedOrganizations: a bare name listed with an organization is one', () => {
  const company = (words: string): Given => ({words, kind: 'organization', cue: 'organization-head', detail: 'suffix'})
  const bare = (words: string, details: MentionDetails = {}): Given => ({words, kind: 'person', cue: 'name-shape', details: {tentative: true, surnameOnly: true, ...details}})
  const listed = ['organization', 'context', 'listed with an organization']

  test('after the organization, along the list (`Ciments Blancs SA, Eternit and Uniceramic`)', () => {
    const result = read(coordinatedOrganizations, 'Ciments Blancs SA, Eternit and Uniceramic merged.', [company('Ciments Blancs SA'), bare('Eternit'), bare('Uniceramic')])
    expect(result.map((row) => row.slice(0, 4))).toEqual([
      ['organization', 'Ciments Blancs SA', 'organization-head', 'suffix'],
      ['organization', 'Eternit', ...listed.slice(1)],
      ['organization', 'Uniceramic', ...listed.slice(1)]
    ])
  })

  test('before the organization, along the list (`Mobil, Shell and Caltex Corp`)', () => {
    const result = read(coordinatedOrganizations, 'Mobil, Shell and Caltex Corp agreed.', [bare('Mobil'), bare('Shell'), company('Caltex Corp')])
    expect(result.map((row) => row.slice(0, 4))).toEqual([
      ['organization', 'Mobil', ...listed.slice(1)],
      ['organization', 'Shell', ...listed.slice(1)],
      ['organization', 'Caltex Corp', 'organization-head', 'suffix']
    ])
  })

  test('only a tentative name with no evidence but its shape, no title and no abbreviation, is taken along', () => {
    const second = (given: Given, text = 'Acme Corp and Zorvak agreed.') => read(coordinatedOrganizations, text, [company('Acme Corp'), given])[1]!.slice(0, 4)
    const first = (given: Given, text = 'Zorvak and Acme Corp agreed.') => read(coordinatedOrganizations, text, [given, company('Acme Corp')])[0]!.slice(0, 4)
    expect(second(bare('Zorvak'))).toEqual(['organization', 'Zorvak', ...listed.slice(1)])
    expect(first(bare('Zorvak'))).toEqual(['organization', 'Zorvak', ...listed.slice(1)])
    // A person by a given name, by a title, a confirmed surname, a place: not bare names.
    const named: Given = {words: 'Zorvak', kind: 'person', cue: 'given-name', details: {tentative: true}}
    expect(second(named)).toEqual(['person', 'Zorvak', 'given-name', undefined])
    expect(first(named)).toEqual(['person', 'Zorvak', 'given-name', undefined])
    const titled = bare('Zorvak', {title: findTitle('mayor')})
    expect(second(titled)).toEqual(['person', 'Zorvak', 'name-shape', undefined])
    expect(first(titled)).toEqual(['person', 'Zorvak', 'name-shape', undefined])
    const confirmed = bare('Zorvak', {tentative: false})
    expect(second(confirmed)).toEqual(['person', 'Zorvak', 'name-shape', undefined])
    expect(first(confirmed)).toEqual(['person', 'Zorvak', 'name-shape', undefined])
    const place: Given = {words: 'Zorvak', kind: 'place', cue: 'name-shape', details: {tentative: true}}
    expect(second(place)).toEqual(['place', 'Zorvak', 'name-shape', undefined])
    expect(first(place)).toEqual(['place', 'Zorvak', 'name-shape', undefined])
    // `Corp` alone is the suffix's abbreviation, not another company.
    expect(second(bare('Corp'), 'Acme Corp and Corp agreed.')).toEqual(['person', 'Corp', 'name-shape', undefined])
    expect(first(bare('Corp'), 'Corp and Acme Corp agreed.')).toEqual(['person', 'Corp', 'name-shape', undefined])
  })

  test('only `,`, `and` or `, and` list', () => {
    expect(read(coordinatedOrganizations, 'Acme Corp, and Zorvak agreed.', [company('Acme Corp'), bare('Zorvak')])[1]![0]).toBe('organization')
    for (const text of ['Acme Corp sued Zorvak.', 'Acme Corp, or Zorvak.', 'Acme Corp and then Zorvak.', 'Acme Corp; and Zorvak.']) {
      expect(read(coordinatedOrganizations, text, [company('Acme Corp'), bare('Zorvak')])[1]![0]).toBe('person')
    }
    for (const text of ['Zorvak sued Acme Corp today.', 'Zorvak, or Acme Corp today.', 'Zorvak and then Acme Corp today.']) {
      expect(read(coordinatedOrganizations, text, [bare('Zorvak'), company('Acme Corp')])[0]![0]).toBe('person')
    }
  })

  test('the list reaches forward from an organization only: a person before a bare name does not make it one', () => {
    const person: Given = {words: 'Ana Ruiz', kind: 'person', cue: 'given-name', detail: 'Ana'}
    expect(read(coordinatedOrganizations, 'Ana Ruiz and Zorvak agreed.', [person, bare('Zorvak')])[1]![0]).toBe('person')
    expect(read(coordinatedOrganizations, 'Zorvak and Ana Ruiz agreed.', [bare('Zorvak'), person])[0]![0]).toBe('person')
  })

  test('a name listed with an organization passes it on both ways (an organization listed before, then bare names)', () => {
    // A mention already `listed with an organization` (from an earlier pass) carries the list on.
    const carried: Given = {words: 'Zorvak', kind: 'organization', cue: 'context', detail: 'listed with an organization'}
    expect(read(coordinatedOrganizations, 'Zorvak and Quellin agreed.', [carried, bare('Quellin')])[1]![0]).toBe('organization')
    expect(read(coordinatedOrganizations, 'Quellin and Zorvak agreed.', [bare('Quellin'), carried])[0]![0]).toBe('organization')
  })
})
