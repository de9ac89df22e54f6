/**
 * The values of schema.org properties: each must be of a kind the
 * property's range allows. Text, URL, Date, DateTime, Time, Number,
 * Integer and Boolean are checked by form; nodes (inline or by `@id`) by
 * type, subtypes included. Text where only nodes are expected is noted, not
 * faulted: schema.org accepts it in practice (`"author": "Jane Doe"`).
 */
import {isReference} from '../json-ld/document-graph.js'
import {parseIsoDate} from '../../dates/iso-8601.js'
import {childPointer} from '../json-ld/json-pointer.js'
import {isJsonObject} from '../json-ld/json-object.js'
import {schemaTerm} from './schema-term.js'
import type {State} from '../state.js'
import {hasUrlScheme, isAbsoluteUrl} from './url.js'
import {code, codeList} from '../wording.js'

/** A number in JSON-like notation; linear (the fraction needs its dot). */
const numeric = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/

/** Deeper than any real value; stops runaway recursion on generated input. */
const MAX_DEPTH = 50

/** The property a value belongs to, and the types it takes. */
interface Expectation {
  readonly property: string
  readonly range: readonly string[]
}

/** Check every value of every schema.org property in `state`. */
export function checkRanges(state: State): void {
  for (const occurrence of state.graph.nodes) {
    for (const [key, value] of Object.entries(occurrence.node)) {
      if (key.startsWith('@') || state.contextTerms.has(key)) continue
      const term = schemaTerm(key)
      const property = term === undefined ? undefined : state.vocabulary.property(term)
      if (term === undefined || !property || property.range.length === 0) continue
      checkValues(state, {property: term, range: property.range}, value, childPointer(occurrence.path, key), 0)
    }
  }
}

function checkValues(state: State, expectation: Expectation, value: unknown, path: string, depth: number): void {
  if (depth > MAX_DEPTH) return
  if (isEmpty(value)) {
    state.report(
      'empty-value',
      path,
      `Unexpected empty value ${code(value)} for \`${expectation.property}\`, expected ${codeList(expectation.range)} or no \`${expectation.property}\``,
      {actual: value}
    )
  } else if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => checkValues(state, expectation, item, childPointer(path, index), depth + 1))
  } else if (isJsonObject(value) && '@value' in value) {
    checkValues(state, expectation, value['@value'], childPointer(path, '@value'), depth + 1)
  } else if (isJsonObject(value) && ('@list' in value || '@set' in value)) {
    const key = '@list' in value ? '@list' : '@set'
    checkValues(state, expectation, value[key], childPointer(path, key), depth + 1)
  } else if (isJsonObject(value)) {
    checkNode(state, expectation, value, path)
  } else if (typeof value === 'string') {
    checkText(state, expectation, value, path)
  } else if (typeof value === 'number') {
    checkNumber(state, expectation, value, path)
  } else if (typeof value === 'boolean' && !expectation.range.includes('Boolean')) {
    mismatch(state, expectation, `boolean ${code(value)}`, value, path)
  }
}

/** `null`, `""` (or only spaces), `[]` and `{}`: a value that says nothing. */
function isEmpty(value: unknown): boolean {
  if (value === null) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  return isJsonObject(value) && Object.keys(value).length === 0
}

function checkNode(state: State, expectation: Expectation, value: Readonly<Record<string, unknown>>, path: string): void {
  const {vocabulary} = state
  const {range} = expectation
  const classes = range.filter((type) => !vocabulary.isDataType(type))
  // A reference is an IRI, which is what a URL value is.
  if (isReference(value) && range.includes('URL')) return
  const resolved = state.graph.resolve(value, path)
  const types = resolved?.types ?? []
  if (types.length === 0) {
    // Untyped or dangling: only sure to be wrong where no node fits at all.
    if (classes.length === 0) mismatch(state, expectation, 'node', value, path)
    return
  }
  const terms = types.map((type) => schemaTerm(type))
  if (terms.some((term) => term === undefined || !vocabulary.isType(term))) return
  const known = terms as string[]
  if (known.some((type) => range.some((expected) => vocabulary.isSubtypeOf(type, expected)))) return
  // A Role stands in for any node value (`author: {"@type": "Role", "roleName": …}`).
  if (classes.length > 0 && known.some((type) => vocabulary.isSubtypeOf(type, 'Role'))) return
  mismatch(state, expectation, `${codeList(known, 'and')} node`, value, path)
}

function checkText(state: State, expectation: Expectation, text: string, path: string): void {
  const {vocabulary} = state
  const {property, range} = expectation
  const allows = (type: string): boolean => range.includes(type)
  const classes = range.filter((type) => !vocabulary.isDataType(type))

  // Text and its kinds (CssSelectorType…) take any string; URL only URLs.
  if (range.some((type) => type !== 'URL' && vocabulary.isSubtypeOf(type, 'Text'))) return
  if (allows('URL') && (isAbsoluteUrl(text) || (state.baseUrl !== undefined && isResolvable(text, state.baseUrl)))) return
  const dateTypes = range.filter((type) => type === 'Date' || type === 'DateTime' || type === 'Time')
  const date = parseIsoDate(text)
  if (date && dateTypes.some((type) => (type === 'Time' ? date.kind === 'time' : date.kind !== 'time'))) return
  const member = schemaTerm(text)
  if (allows('Boolean') && (/^(?:true|false)$/i.test(text) || (member !== undefined && vocabulary.isMemberOf(member, 'Boolean')))) return
  if (member !== undefined && classes.some((type) => vocabulary.isMemberOf(member, type))) return
  // Quantities are written as text all the time: `"1200 px"`, `"PT30M"`, `"450"`.
  if (classes.some((type) => isQuantity(state, type))) return

  const numberTypes = range.filter((type) => vocabulary.isSubtypeOf(type, 'Number'))
  if (dateTypes.length > 0) {
    state.report(
      'invalid-date',
      path,
      `Unexpected ${code(text)} in \`${property}\`, expected an ISO 8601 ${codeList(dateTypes)} such as ${code(example(dateTypes))}`,
      {actual: text, expected: dateTypes}
    )
  } else if (allows('URL')) {
    checkUrl(state, property, text, path)
  } else if (numberTypes.length > 0 && numeric.test(text.trim())) {
    state.report('number-as-text', path, `Unexpected text ${code(text)} in \`${property}\`, expected the number \`${Number(text)}\``, {
      actual: text,
      expected: Number(text)
    })
  } else if (member !== undefined && text !== member && classes.some((type) => isEnumeration(state, type))) {
    state.report(
      'unknown-enumeration-member',
      path,
      `Unexpected ${code(text)} in \`${property}\`, expected a member of ${codeList(classes.filter((type) => isEnumeration(state, type)))}`,
      {actual: text}
    )
  } else if (classes.length > 0 && numberTypes.length === 0 && !allows('Boolean')) {
    state.report('text-for-thing', path, `Unexpected text ${code(text)} in \`${property}\`, expected a node of type ${codeList(classes)}`, {
      actual: text,
      expected: classes
    })
  } else {
    mismatch(state, expectation, `text ${code(text)}`, text, path)
  }
}

/** A URL that is no absolute one: relative (resolved by consumers against the page) or malformed. */
function checkUrl(state: State, property: string, text: string, path: string): void {
  if (!hasUrlScheme(text.trim())) {
    state.report(
      'relative-url',
      path,
      `Unexpected relative URL ${code(text)} in \`${property}\`, expected an absolute URL such as \`https://example.com/…\` (or the page address as \`baseUrl\`)`,
      {actual: text}
    )
    return
  }
  state.report('invalid-url', path, `Unexpected malformed URL ${code(text)} in \`${property}\`, expected an absolute URL such as \`https://example.com/…\``, {
    actual: text
  })
}

/** Whether `text` resolves against `base` to a URL with a scheme. */
function isResolvable(text: string, base: string): boolean {
  return text.trim() === text && URL.canParse(text, base)
}

function checkNumber(state: State, expectation: Expectation, value: number, path: string): void {
  const {vocabulary} = state
  const {range} = expectation
  if (range.some((type) => type !== 'URL' && vocabulary.isSubtypeOf(type, 'Text'))) return
  if (Number.isFinite(value) && range.some((type) => type === 'Number' || type === 'Float')) return
  if (Number.isInteger(value) && range.includes('Integer')) return
  if (range.some((type) => isQuantity(state, type))) return
  mismatch(state, expectation, `number ${code(value)}`, value, path)
}

function mismatch(state: State, expectation: Expectation, what: string, value: unknown, path: string): void {
  state.report('range-mismatch', path, `Unexpected ${what} in \`${expectation.property}\`, expected ${codeList(expectation.range)}`, {
    actual: value,
    expected: expectation.range
  })
}

function isQuantity(state: State, type: string): boolean {
  return state.vocabulary.isSubtypeOf(type, 'Quantity') || state.vocabulary.isSubtypeOf(type, 'QuantitativeValue')
}

function isEnumeration(state: State, type: string): boolean {
  return state.vocabulary.isSubtypeOf(type, 'Enumeration')
}

/** A well-formed value of the first date type, for messages. */
function example(dateTypes: readonly string[]): string {
  if (dateTypes.includes('DateTime')) return '2024-03-05T09:30:00-05:00'
  return dateTypes.includes('Date') ? '2024-03-05' : '09:30:00-05:00'
}
