/**
 * Builds src/validate/schema-org/vocabulary.data.json, the compact schema.org vocabulary
 * the validator checks types, properties and values against.
 * Run: npx tsx scripts/build-vocabulary.ts
 *
 * Source: the schema.org release file schemaorg-current-https.jsonld in
 * ../shared/data (pending terms included, so `Quotation` is known).
 *
 * What it keeps: for each class its direct superclasses, for each property
 * its domain and range, for both whether they are pending and what
 * supersedes them; the data type hierarchy; the members of enumerations.
 * Descriptions, labels, sources and equivalences are dropped: the
 * validator needs none of them, and they are most of the 1.5 MB.
 * Output is deterministic (sorted, one term per line): same input, same bytes.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {pathToFileURL} from 'node:url'
import type {ClassEntry, PropertyEntry, VocabularyData} from '../src/validate/schema-org/vocabulary-data.js'

/** The release file, outside the repository (see ../shared/data/README.md). */
export const SOURCE = new URL('../../shared/data/schemaorg-current-https.jsonld', import.meta.url)
export const OUTPUT = new URL('../src/validate/schema-org/vocabulary.data.json', import.meta.url)
const PENDING = 'https://pending.schema.org'
const PREFIX = 'schema:'

interface Reference {
  readonly '@id': string
}

/** A term of the release file, with only the fields read here. */
export interface SourceTerm {
  readonly '@id': string
  readonly '@type': string | readonly string[]
  readonly 'rdfs:subClassOf'?: Reference | readonly Reference[]
  readonly 'schema:domainIncludes'?: Reference | readonly Reference[]
  readonly 'schema:rangeIncludes'?: Reference | readonly Reference[]
  readonly 'schema:isPartOf'?: Reference | readonly Reference[]
  readonly 'schema:supersededBy'?: Reference | readonly Reference[]
}

function list<T>(value: T | readonly T[] | undefined): readonly T[] {
  if (value === undefined) return []
  return Array.isArray(value) ? (value as readonly T[]) : [value as T]
}

/** `schema:Text` → `Text`; undefined for terms of other vocabularies (`rdfs:Class`). */
function localName(id: string): string | undefined {
  return id.startsWith(PREFIX) ? id.slice(PREFIX.length) : undefined
}

/** Local names of the schema.org terms among `references`, sorted and unique. */
function names(references: Reference | readonly Reference[] | undefined): string[] {
  const result = new Set<string>()
  for (const reference of list(references)) {
    const name = localName(reference['@id'])
    if (name !== undefined) result.add(name)
  }
  return [...result].sort()
}

function isPending(term: SourceTerm): boolean {
  return list(term['schema:isPartOf']).some((part) => part['@id'] === PENDING)
}

function supersededBy(term: SourceTerm): string | undefined {
  return names(term['schema:supersededBy'])[0]
}

/** The compact vocabulary of the release file's terms. */
export function build(terms: readonly SourceTerm[]): VocabularyData {
  const byName = new Map<string, SourceTerm>()
  for (const term of terms) {
    const name = localName(term['@id'])
    if (name !== undefined) byName.set(name, term)
  }
  const typesOf = (term: SourceTerm): readonly string[] => list(term['@type'])
  const isClass = (term: SourceTerm): boolean => typesOf(term).includes('rdfs:Class')

  // Data types: the DataType instances (Text, Number…) and their subclasses (URL, Integer…).
  const dataTypes = new Map<string, string[]>()
  for (const [name, term] of byName) {
    if (typesOf(term).includes('schema:DataType')) dataTypes.set(name, [])
  }
  let grew = true
  while (grew) {
    grew = false
    for (const [name, term] of byName) {
      if (dataTypes.has(name) || !isClass(term)) continue
      const parents = names(term['rdfs:subClassOf'])
      if (parents.length > 0 && parents.every((parent) => dataTypes.has(parent))) {
        dataTypes.set(name, parents)
        grew = true
      }
    }
  }

  const classes: Record<string, ClassEntry> = {}
  const properties: Record<string, PropertyEntry> = {}
  const enumerations = new Map<string, string[]>()
  for (const name of [...byName.keys()].sort()) {
    const term = byName.get(name)!
    const pending = isPending(term)
    const replacement = supersededBy(term)
    const extra = {...(pending ? {pending: true as const} : {}), ...(replacement === undefined ? {} : {supersededBy: replacement})}
    if (typesOf(term).includes('rdf:Property')) {
      properties[name] = {domain: names(term['schema:domainIncludes']), range: names(term['schema:rangeIncludes']), ...extra}
    } else if (isClass(term)) {
      if (!dataTypes.has(name)) classes[name] = {subClassOf: names(term['rdfs:subClassOf']), ...extra}
    } else {
      // Anything else is an instance: an enumeration member such as `Friday` (a DayOfWeek) or `True` (a Boolean).
      for (const type of names(typesOf(term).map((id) => ({'@id': id})))) {
        const members = enumerations.get(type) ?? []
        members.push(name)
        enumerations.set(type, members)
      }
    }
  }

  return {
    header: {
      source: 'schemaorg-current-https.jsonld (schema.org release file, as kept by adobe/structured-data-validator at commit 66e7610)',
      licence: 'CC BY-SA 3.0',
      attribution:
        'Derived from the schema.org vocabulary, CC BY-SA 3.0 (https://schema.org/docs/terms.html, https://creativecommons.org/licenses/by-sa/3.0/). Reshaped by newsroom-jsonld.',
      selection:
        'Every class, data type, property and enumeration member of schema.org, pending terms included; descriptions, labels and equivalences dropped.'
    },
    dataTypes: Object.fromEntries([...dataTypes].sort(([a], [b]) => compare(a, b))),
    classes,
    properties,
    enumerations: Object.fromEntries(
      [...enumerations].sort(([a], [b]) => compare(a, b)).map(([type, members]) => [type, members.sort()])
    )
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** JSON with one term per line: small, and a vocabulary update gives a readable diff. */
export function serialize(data: VocabularyData): string {
  const section = (record: Readonly<Record<string, unknown>>): string =>
    '{\n' +
    Object.entries(record)
      .map(([key, value]) => '    ' + JSON.stringify(key) + ': ' + JSON.stringify(value))
      .join(',\n') +
    '\n  }'
  return (
    '{\n' +
    '  "header": ' + JSON.stringify(data.header) + ',\n' +
    '  "dataTypes": ' + section(data.dataTypes) + ',\n' +
    '  "classes": ' + section(data.classes) + ',\n' +
    '  "properties": ' + section(data.properties) + ',\n' +
    '  "enumerations": ' + section(data.enumerations) + '\n' +
    '}\n'
  )
}

/** The text of vocabulary.data.json, from the release file. */
export function buildVocabularyText(): string {
  const source = JSON.parse(readFileSync(SOURCE, 'utf8')) as {'@graph': readonly SourceTerm[]}
  return serialize(build(source['@graph']))
}

// Write only when run as a script, so tests can import the functions.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = buildVocabularyText()
  writeFileSync(OUTPUT, text)
  const data = JSON.parse(text) as VocabularyData
  console.log(
    `Wrote ${OUTPUT.pathname}: ${Object.keys(data.classes).length} classes, ${Object.keys(data.dataTypes).length} data types, ` +
      `${Object.keys(data.properties).length} properties, ${Object.keys(data.enumerations).length} enumerations, ${Buffer.byteLength(text)} bytes`
  )
}
