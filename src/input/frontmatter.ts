import type {Document} from 'yaml'
import type {VFile} from 'vfile'
import type {ArticleDocument} from '../document/document.js'
import {report} from '../messages.js'
import {toWellFormed} from './well-formed.js'
import {yaml as loadYaml} from '../load-package.js'

/** Frontmatter fields, with the source offset of each key for messages. */
export interface FrontmatterData {
  readonly fields: Readonly<Record<string, unknown>>
  readonly offsets: ReadonlyMap<string, number>
}

const empty: FrontmatterData = {fields: {}, offsets: new Map()}

/**
 * Parse the document's YAML frontmatter. Malformed YAML, or YAML that is not
 * a mapping, is reported as an error at its line and column, and the
 * article is then built without frontmatter.
 */
export function readFrontmatter(document: ArticleDocument, file: VFile): FrontmatterData {
  const frontmatter = document.frontmatter
  if (!frontmatter || frontmatter.yaml.trim().length === 0) return empty
  const base = frontmatter.offset
  const place = (offset: number) =>
    base === undefined ? undefined : document.toPosition(base + offset, base + offset)?.start

  const {parseDocument, isMap, isScalar} = loadYaml()
  const yaml = parseDocument(frontmatter.yaml, {prettyErrors: false, uniqueKeys: true})
  const error = yaml.errors[0]
  if (error) {
    report(
      file,
      'invalid-frontmatter',
      'Unexpected invalid YAML in frontmatter (' + firstLine(error.message) + '), expected a YAML mapping of article fields',
      {place: place(error.pos[0])}
    )
    return empty
  }

  if (yaml.contents === null) return empty
  if (!isMap(yaml.contents)) {
    report(
      file,
      'invalid-frontmatter',
      'Unexpected frontmatter that is not a mapping, expected `key: value` lines such as `title: …`',
      {place: place(yaml.contents.range?.[0] ?? 0)}
    )
    return empty
  }

  const offsets = new Map<string, number>()
  // A field name is a plain scalar: a collection (`? [a]: x`) or empty key names no field, and would print as YAML.
  yaml.contents.items = yaml.contents.items.filter((pair) => {
    if (isScalar(pair.key) && pair.key.value !== null) return true
    const range = (pair.key as {range?: [number, number, number]} | null)?.range ?? (pair.value as {range?: [number, number, number]} | null)?.range
    report(file, 'invalid-frontmatter', 'Unexpected frontmatter key that is not a plain name, expected `key: value` lines such as `title: …`; ignored', {
      place: place(range?.[0] ?? 0)
    })
    return false
  })
  for (const pair of yaml.contents.items) {
    if (isScalar(pair.key) && pair.key.range) {
      offsets.set(String(pair.key.value), (base ?? 0) + pair.key.range[0])
    }
  }
  keepNumbersAsWritten(yaml)
  wellFormedScalars(yaml, (offset, code) =>
    report(file, 'invalid-character', 'Unexpected lone surrogate U+' + code + ' in frontmatter, expected well-formed text; replaced by U+FFFD', {
      place: place(offset),
      actual: 'U+' + code,
      expected: ['U+FFFD']
    })
  )
  let fields: Record<string, unknown>
  try {
    fields = yaml.toJS({maxAliasCount: 100}) as Record<string, unknown>
  } catch (error) {
    // Alias expansion past the limit: a "billion laughs" document.
    report(
      file,
      'invalid-frontmatter',
      'Unexpected frontmatter (' + (error as Error).message + '), expected plain `key: value` fields',
      {place: place(0)}
    )
    return empty
  }
  return {fields, offsets: base === undefined ? new Map() : offsets}
}

function firstLine(value: string): string {
  const end = value.indexOf('\n')
  return end === -1 ? value : value.slice(0, end)
}

/**
 * A number whose value would not print as written (`123456789012345678901234567890`
 * becomes `1.2345678901234568e+29`, `0123` becomes `123`) keeps the text
 * as written: a title or a tag of digits is text.
 */
function keepNumbersAsWritten(yaml: Document): void {
  const {visit} = loadYaml()
  visit(yaml, {
    Scalar(_, node) {
      if (typeof node.value === 'number' && typeof node.source === 'string' && String(node.value) !== node.source) {
        node.value = node.source
      }
    }
  })
}

/**
 * A YAML escape can write a lone surrogate (`author: "\\ud800"`) that the
 * text of the file never had: each such string value is made well-formed,
 * with `found` called at the value with the first one's code.
 */
function wellFormedScalars(yaml: Document, found: (offset: number, code: string) => void): void {
  const {visit} = loadYaml()
  visit(yaml, {
    Scalar(_, node) {
      if (typeof node.value !== 'string') return
      const {text, loneSurrogates} = toWellFormed(node.value)
      if (loneSurrogates.length === 0) return
      found(node.range?.[0] ?? 0, node.value.charCodeAt(loneSurrogates[0]!).toString(16).toUpperCase())
      node.value = text
    }
  })
}
