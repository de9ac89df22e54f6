/**
 * Google's author guidance for articles: every author, one entry per
 * person, `name` holding only the name (no "By", job title, honorific or
 * publisher), the publisher not standing in as author, and a `url` or
 * `sameAs` that identifies each author.
 */
import {decodeHTMLStrict} from 'entities'
import {authorNameParts} from './author-name.js'
import type {ResolvedNode} from '../json-ld/document-graph.js'
import {propertyValues} from '../json-ld/json-object.js'
import {childPointer} from '../json-ld/json-pointer.js'
import {isOfType} from '../schema-org/nodes-of-type.js'
import type {State} from '../state.js'
import {code, codeList} from '../wording.js'

/** The article's publishers, to tell them apart from authors. */
interface Publishers {
  readonly ids: ReadonlySet<string>
  /** Lower-cased names. */
  readonly names: ReadonlySet<string>
}

/** Check the authors of `article`. */
export function checkAuthors(state: State, article: ResolvedNode): void {
  const author = article.get('author')
  if (!author) {
    state.report('missing-author', article.path, 'Unexpected article without `author`, expected the people (or organization) who wrote it')
    return
  }
  const publishers = publishersOf(state, article)
  for (const [value, index] of propertyValues(author.value)) {
    checkAuthor(state, value, index === undefined ? author.path : childPointer(author.path, index), publishers)
  }
}

function checkAuthor(state: State, value: unknown, path: string, publishers: Publishers): void {
  if (typeof value === 'string') {
    if (publishers.names.has(value.trim().toLowerCase())) reportPublisher(state, value, path)
    else checkName(state, value, path, publishers, false)
    return
  }
  const node = state.graph.resolve(value, path)
  if (!node) return
  // A Role holds the author in its own `author`: `{"@type": "Role", "roleName": "Editor", "author": …}`.
  const roleAuthor = isOfType(node, 'Role', state.vocabulary) ? node.get('author') : undefined
  if (roleAuthor) {
    for (const [item, index] of propertyValues(roleAuthor.value)) {
      checkAuthor(state, item, index === undefined ? roleAuthor.path : childPointer(roleAuthor.path, index), publishers)
    }
    return
  }
  const name = node.get('name')
  const nameText = typeof name?.value === 'string' ? name.value : undefined
  const isPublisher = (node.id !== undefined && publishers.ids.has(node.id)) || (nameText !== undefined && publishers.names.has(nameText.trim().toLowerCase()))
  if (isPublisher) {
    reportPublisher(state, nameText ?? node.id, path)
    return
  }
  if (name && nameText !== undefined) checkName(state, nameText, name.path, publishers, isOfType(node, 'Organization', state.vocabulary))
  if (!node.get('url') && !node.get('sameAs')) {
    state.report('author-url', node.path, 'Unexpected author without `url` or `sameAs`, expected a page that identifies them (a bio or profile page)')
  }
}

function publishersOf(state: State, article: ResolvedNode): Publishers {
  const ids = new Set<string>()
  const names = new Set<string>()
  const publisher = article.get('publisher')
  if (publisher) {
    for (const [value, index] of propertyValues(publisher.value)) {
      if (typeof value === 'string') {
        names.add(value.trim().toLowerCase())
        continue
      }
      const node = state.graph.resolve(value, index === undefined ? publisher.path : childPointer(publisher.path, index))
      if (node?.id !== undefined) ids.add(node.id)
      const name = node?.get('name')?.value
      if (typeof name === 'string') names.add(name.trim().toLowerCase())
    }
  }
  return {ids, names}
}

function reportPublisher(state: State, name: unknown, path: string): void {
  state.report('author-is-publisher', path, `Unexpected publisher ${code(name)} as author, expected the people who wrote the article`, {
    actual: name
  })
}

function checkName(state: State, name: string, path: string, publishers: Publishers, organization: boolean): void {
  // `Tom &amp; Ann`, `O&#039;Donnell`: CMS text often arrives entity-encoded; the name is what it stands for.
  const parts = authorNameParts(decodeHTMLStrict(name), publishers.names)
  if (parts.prefix !== undefined) {
    state.report('author-name-prefix', path, `Unexpected ${code(parts.prefix)} in author name ${code(name)}, expected only the name`, {
      actual: name,
      ...(parts.names.length === 1 ? {expected: parts.names[0]} : {})
    })
  }
  // Organization names may hold "and" or a comma ("Johnson & Johnson"); only the byline word is certain.
  if (organization) return
  if (parts.names.length > 1) {
    state.report(
      'author-multiple-in-one',
      path,
      `Unexpected ${parts.names.length} names in one author ${code(name)}, expected one \`author\` entry per person (${codeList(parts.names, 'and')})`,
      {actual: name, expected: parts.names}
    )
  }
  for (const extra of parts.extras) {
    state.report('author-name-extra', path, `Unexpected ${extra.kind} ${code(extra.text)} in author name ${code(name)}, expected only the name`, {
      actual: name,
      ...(parts.names.length === 1 ? {expected: parts.names[0]} : {})
    })
  }
}
