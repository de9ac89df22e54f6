// Known entities: the file format and its errors (file, line, column), the option's checks, matching, and ids.
import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {articleToJsonLd, type KnownEntity} from '../src/index.js'
import {ConfigError} from '../src/known/config-file.js'
import {readKnownEntities} from '../src/known/read-known-entities.js'
import {runCli} from './helpers/run-cli.js'

const site = 'https://www.ledger.example/'
const publisher = {name: 'The Ledger', url: site}

function errorOf(text: string): ConfigError {
  try {
    readKnownEntities(text, 'entities.yaml')
  } catch (error) {
    return error as ConfigError
  }
  throw new Error('Expected an error')
}

describe('the known-entities file', () => {
  test('reads a list, a mapping with `entities`, and JSON', () => {
    const entry = {type: 'Person', name: 'Ada Quill', sameAs: 'https://social.example/@ada'}
    expect(readKnownEntities('- type: Person\n  name: Ada Quill\n  sameAs: https://social.example/@ada\n', 'a.yaml')).toEqual([entry])
    expect(readKnownEntities('entities:\n  - {type: Person, name: Ada Quill, sameAs: "https://social.example/@ada"}\n', 'a.yaml')).toEqual([entry])
    expect(readKnownEntities(JSON.stringify({entities: [entry]}), 'a.json')).toEqual([entry])
  })

  test('invalid YAML is an error at its line and column', () => {
    const error = errorOf('entities:\n  - type: Person\n    name: [Ada\n')
    expect(error).toBeInstanceOf(ConfigError)
    expect([error.file, error.line]).toEqual(['entities.yaml', 4])
    expect(error.message).toMatch(/^entities\.yaml:4:\d+: Unexpected invalid YAML or JSON/)
  })

  test('an unknown key is an error at the key, naming the keys allowed', () => {
    const error = errorOf('entities:\n  - type: Person\n    name: Ada Quill\n    sameas: https://social.example/@ada\n')
    expect([error.line, error.column]).toEqual([4, 5])
    expect(error.reason).toMatch(/^Unexpected key `sameas` in `entities\[0\]`, expected a known entity: `type`, `name` and optionally .*`sameAs`/)
  })

  test('a value of the wrong shape is an error at the value', () => {
    const error = errorOf('entities:\n  - type: Person\n    name: Ada Quill\n    sameAs: not a url\n')
    expect([error.line, error.column]).toEqual([4, 13])
    expect(error.reason).toBe('Unexpected `not a url` for `entities[0].sameAs`, expected an absolute `http:` or `https:` URL')
  })

  test('a missing name is an error at the entry', () => {
    const error = errorOf('- type: Person\n  name: Ada Quill\n- type: Organization\n  url: https://www.example.com\n')
    expect([error.line, error.column]).toEqual([3, 3])
    expect(error.reason).toMatch(/^Missing `\[1\]\.name`, expected a known entity: `type`, `name`/)
  })

  test('a type that is not written as a schema.org type, a job title on an organization, and an unknown GeoNames id are errors', () => {
    expect(errorOf('- {type: person, name: Ada Quill}').reason).toBe('Unexpected `person` for `[0].type`, expected a schema.org type such as `Person` or `SportsTeam`')
    expect(errorOf('- {type: Organization, name: Ledger, jobTitle: Boss}').reason).toBe('Unexpected `Boss` for `[0].jobTitle`, expected `jobTitle` and `affiliation` only on a `Person`')
    expect(errorOf('- {type: City, name: Nowhere, geonameId: 1}').reason).toMatch(/^Unexpected `1` for `\[0\]\.geonameId`, expected the GeoNames id of a place in the bundled gazetteer/)
  })
})

test('a type that the schema.org vocabulary does not have is an error at the type, with the closest type', async () => {
  const misspelled = errorOf('entities:\n  - type: Person\n    name: Ada Quill\n  - type: Persn\n    name: Ben Roe\n')
  expect([misspelled.line, misspelled.column]).toEqual([4, 11])
  expect(misspelled.reason).toBe('Unexpected `Persn` for `entities[1].type`, expected `Person` or another schema.org type')
  expect(errorOf('- {type: SportTeam, name: Thunderbirds}').reason).toBe('Unexpected `SportTeam` for `[0].type`, expected `SportsTeam` or another schema.org type')
  expect(errorOf('- {type: Zzyzx, name: Thunderbirds}').reason).toMatch(/^Unexpected `Zzyzx` for `\[0\]\.type`, expected a schema.org type such as `Person`/)
  // A data type is no type of a thing.
  expect(errorOf('- {type: Text, name: Thunderbirds}').reason).toMatch(/^Unexpected `Text` for `\[0\]\.type`/)
  expect(readKnownEntities('- {type: GovernmentOrganization, name: Ledger}\n- {type: Museum, name: Ore House}', 'entities.yaml').map((entry) => entry.type)).toEqual(['GovernmentOrganization', 'Museum'])
  // The CLI refuses the file, or the config's knownEntities, before the run, at file:line:column.
  const directory = await mkdtemp(join(tmpdir(), 'known-types-'))
  await writeFile(join(directory, 'entities.yaml'), '- type: Persn\n  name: Ada Quill\n')
  await writeFile(join(directory, 'config.json'), '{\n  "baseUrl": "https://www.ledger.example/",\n  "knownEntities": [\n    {"type": "Organisation", "name": "Ledger"}\n  ]\n}\n')
  await writeFile(join(directory, 'story.md'), '# A\n\nText.\n')
  const file = await runCli([join(directory, 'story.md'), '--entities', join(directory, 'entities.yaml')])
  expect(file.code).toBe(2)
  expect(file.stderr).toContain(join(directory, 'entities.yaml') + ':1:9: Unexpected `Persn` for `[0].type`, expected `Person` or another schema.org type')
  const config = await runCli([join(directory, 'story.md'), '--config', join(directory, 'config.json')])
  expect(config.code).toBe(2)
  expect(config.stderr).toContain(join(directory, 'config.json') + ':4:14: Unexpected `Organisation` for `knownEntities[0].type`, expected `Organization` or another schema.org type')
})

describe('the `knownEntities` option', () => {
  test('a malformed entry throws before the article is read, naming the entry and field', () => {
    expect(() => articleToJsonLd('# A\n\nText.', {publisher, knownEntities: [{type: 'Person', name: ''}]})).toThrow(
      /^Unexpected `` for `knownEntities\[0\]\.name`, expected a non-empty string$/
    )
    expect(() => articleToJsonLd('# A\n\nText.', {publisher, knownEntities: [{type: 'Person', name: 'A B', sameAs: ['x']}]})).toThrow(/knownEntities\[0\]\.sameAs\[0\]/)
  })

  test('an entry without `id` needs a site URL, and two entries may not share an id', () => {
    expect(() => articleToJsonLd('# A\n\nText.', {knownEntities: [{type: 'Person', name: 'Ada Quill'}]})).toThrow(/^Expected a site URL .* for the `@id` of knownEntities\[0\] \(`Ada Quill`\)/)
    expect(() => articleToJsonLd('# A\n\nText.', {knownEntities: [{type: 'Person', name: 'Ada Quill', id: 'https://www.ledger.example/people/ada'}]})).not.toThrow()
    const twice: KnownEntity[] = [{type: 'Person', name: 'Ada Quill'}, {type: 'Person', name: 'Ada Quill'}]
    expect(() => articleToJsonLd('# A\n\nText.', {publisher, knownEntities: twice})).toThrow(/^Expected one entry per `@id`, but `Ada Quill` and `Ada Quill` both get `https:\/\/www\.ledger\.example\/#\/schema\/person\/ada-quill`; give one an `id`/)
  })

  test('ids come from the site and the name, the same in every article and after the base URL changes', () => {
    const knownEntities: KnownEntity[] = [{type: 'Person', name: 'Ada Quill', aliases: ['Councilor Quill']}]
    const idOf = (value: string, baseUrl: string) => {
      const graph = articleToJsonLd(value, {publisher, baseUrl, knownEntities}).jsonld['@graph'] as unknown as Array<Record<string, unknown>>
      return graph.find((node) => node.name === 'Ada Quill')?.['@id']
    }
    const first = idOf('---\ntitle: One\nurl: https://www.ledger.example/a/one\n---\n\nAda Quill said the vote would wait.', site)
    const second = idOf('---\ntitle: Two\nurl: https://www.ledger.example/b/two\n---\n\nThe plan, said Ada Quill, is sound.', site + 'news/')
    expect(first).toBe('https://www.ledger.example/#/schema/person/ada-quill')
    expect(second).toBe(first)
  })
})

describe('matching', () => {
  const text = (body: string) => '---\ntitle: Story\nurl: https://www.ledger.example/story\n---\n\n' + body
  const nodes = (body: string, knownEntities: KnownEntity[]) => articleToJsonLd(text(body), {publisher, knownEntities}).jsonld['@graph'] as unknown as Array<Record<string, unknown>>

  test('the entry’s type wins over the guess, and its sameAs, url and job title are taken', () => {
    const graph = nodes('Harlan Voss said the team would play on. Voss spoke after practice.', [
      {type: 'SportsTeam', name: 'Harlan Voss', sameAs: 'https://www.wikidata.org/wiki/Q1', url: 'https://voss.example'}
    ])
    expect(graph.find((node) => node.name === 'Harlan Voss')).toMatchObject({
      '@type': 'SportsTeam',
      '@id': 'https://www.ledger.example/#/schema/organization/harlan-voss',
      sameAs: 'https://www.wikidata.org/wiki/Q1',
      url: 'https://voss.example/'
    })
  })

  test('aliases match with the normalization coreference uses (case, a leading `The`)', () => {
    const graph = nodes('Officials at the valley water board said rates would rise. THE VALLEY WATER BOARD meets Monday.', [
      {type: 'GovernmentOrganization', name: 'Valley Water Board', aliases: ['The Board']}
    ])
    expect(graph.filter((node) => node['@type'] === 'GovernmentOrganization').map((node) => node['@id'])).toEqual(['https://www.ledger.example/#/schema/organization/valley-water-board'])
  })

  test('a title the text gives picks between two entries of one name; without it the name is reported with both', () => {
    const two: KnownEntity[] = [
      {type: 'Person', name: 'Pat Keane', id: '/people/keane-1', jobTitle: 'City Councilor'},
      {type: 'Person', name: 'Pat Keane', id: '/people/keane-2', jobTitle: 'Head Coach'}
    ]
    const titled = articleToJsonLd(text('Coach Pat Keane said the field was ready.'), {publisher, knownEntities: two})
    expect((titled.jsonld['@graph'] as unknown as Array<Record<string, unknown>>).some((node) => node['@id'] === 'https://www.ledger.example/people/keane-2')).toBe(true)
    const bare = articleToJsonLd(text('Pat Keane said the field was ready.'), {publisher, knownEntities: two})
    const message = bare.messages.find((item) => item.ruleId === 'known-entity-ambiguous')!
    expect(message.reason).toBe(
      'Unexpected name `Pat Keane` matching 2 known entities, `Pat Keane` (Person, `https://www.ledger.example/people/keane-1`) and `Pat Keane` (Person, `https://www.ledger.example/people/keane-2`), expected one; it is left unlinked (give each entry names of its own)'
    )
    expect([message.line, message.column, message.source, message.fatal]).toEqual([6, 1, 'newsroom-jsonld', false])
  })

  test('a place entry settles what a name means, and a person the gazetteer took for a place is a person', () => {
    const springfield = (knownEntities: KnownEntity[]) => articleToJsonLd(text('SPRINGFIELD — The council met Tuesday in Springfield.'), {publisher, knownEntities}).article
    expect(springfield([]).dateline?.geonameId).not.toBe(4951788)
    const settled = springfield([{type: 'City', name: 'Springfield', geonameId: 4951788}])
    expect(settled.dateline?.geonameId).toBe(4951788)
    expect(settled.places.map((place) => place.geonameId)).toEqual([4951788])
    const graph = nodes('Officials from Denver met Tuesday.', [{type: 'Person', name: 'Denver'}])
    expect(graph.find((node) => node.name === 'Denver')?.['@type']).toBe('Person')
  })

  test('a settled place is context for the story’s other places', () => {
    const places = (knownEntities: KnownEntity[]) => articleToJsonLd(text('Officials in Springfield and Franklin met Monday to share plow routes.'), {publisher, knownEntities}).article.places
    const franklinOf = (knownEntities: KnownEntity[]) => places(knownEntities).find((place) => place.name === 'Franklin')
    // Alone, each name takes its best-known reading, in another state than Massachusetts.
    expect(franklinOf([])?.admin1).not.toBe('MA')
    const settled = places([{type: 'City', name: 'Springfield', geonameId: 4951788}])
    expect(settled.find((place) => place.name === 'Springfield')).toMatchObject({geonameId: 4951788, admin1: 'MA'})
    expect(settled.find((place) => place.name === 'Franklin')).toMatchObject({countryCode: 'US', admin1: 'MA'})
    // A region written beside the name still wins over the settlement.
    const written = articleToJsonLd(text('Officials in Springfield, Ill., met Monday.'), {publisher, knownEntities: [{type: 'City', name: 'Springfield', geonameId: 4951788}]}).article.places
    expect(written.some((place) => place.admin1 === 'IL')).toBe(true)
  })

  test('a surname alone links to the one known person who has it, as coreference would', () => {
    const ortiz: KnownEntity = {type: 'Person', name: 'Maria Ortiz', sameAs: 'https://www.wikidata.org/wiki/Q1', jobTitle: 'Mayor'}
    const id = 'https://www.ledger.example/#/schema/person/maria-ortiz'
    for (const body of ['Mayor Ortiz presented the budget. "We will fix roads," Ortiz said.', 'The council met Monday. "We will fix roads," said Ortiz, who took office in 2021.']) {
      const people = nodes(body, [ortiz]).filter((node) => node['@type'] === 'Person')
      expect(people.map((node) => [node['@id'], node.name, node.sameAs]), body).toEqual([[id, 'Maria Ortiz', 'https://www.wikidata.org/wiki/Q1']])
    }
    // Two known people of that surname: a title that fits one picks it; without one the name stays the article's own.
    const two: KnownEntity[] = [ortiz, {type: 'Person', name: 'Luis Ortiz', jobTitle: 'Fire Chief'}]
    expect(nodes('Mayor Ortiz presented the budget on Monday.', two).filter((node) => node['@type'] === 'Person').map((node) => node['@id'])).toEqual([id])
    const bare = articleToJsonLd(text('"We will fix roads," said Ortiz, who took office in 2021.'), {publisher, knownEntities: two})
    expect((bare.jsonld['@graph'] as unknown as Array<Record<string, unknown>>).filter((node) => node['@type'] === 'Person').map((node) => node.name)).toEqual(['Ortiz'])
    expect(bare.messages.filter((message) => message.ruleId === 'known-entity-ambiguous')).toEqual([])
    // An organization's last word is no surname.
    expect(nodes('"We will fix roads," said Ortiz, who took office in 2021.', [{type: 'Organization', name: 'Banco Ortiz'}]).find((node) => node.name === 'Ortiz')?.['@id']).not.toMatch(/schema/)
  })

  test('a known name is found wherever it stands as a name', () => {
    fc.assert(
      fc.property(fc.constantFrom('Zorvath Quellin', 'Imbrey Faxholt', 'Oduya Penhallow'), fc.constantFrom('', 'Officials said ', 'On Monday, '), (name, before) => {
        const graph = nodes(before + 'the plan came from ' + name + ' in a letter.', [{type: 'Person', name, sameAs: 'https://social.example/x'}])
        return graph.some((node) => node.name === name && node.sameAs === 'https://social.example/x')
      }),
      {numRuns: 20}
    )
  })
})

describe('the CLI', () => {
  test('--entities links names, and a malformed file stops the run with file, line and column', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'known-'))
    const article = join(folder, 'story.md')
    await writeFile(article, '---\ntitle: Story\nurl: https://www.ledger.example/story\npublisher: {name: The Ledger, url: "https://www.ledger.example/"}\n---\n\nAda Quill said the vote would wait.\n')
    const good = join(folder, 'entities.yaml')
    await writeFile(good, '- type: Person\n  name: Ada Quill\n  id: https://www.ledger.example/people/ada\n')
    const run = await runCli(['--entities', good, article])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('"@id": "https://www.ledger.example/people/ada"')

    const bad = join(folder, 'bad.yaml')
    await writeFile(bad, '- type: Person\n  name: Ada Quill\n  geonameId: 4951788\n')
    const failed = await runCli(['--entities', bad, article])
    expect(failed.code).toBe(2)
    expect(failed.stdout).toBe('')
    expect(failed.stderr).toContain(bad + ':3:14: Unexpected `4951788` for `[0].geonameId`, expected `geonameId` only on a place')
  })
})
