/**
 * Wording of configuration problems found by valibot: the field's path and
 * what was expected, in the package's `Unexpected X, expected Y` form.
 */
import type * as v from 'valibot'

/** The keys from the root to the value an issue is about (`[3, 'sameAs']`). */
export function issuePath(issue: v.BaseIssue<unknown>): Array<string | number> {
  return (issue.path ?? []).map((item) => item.key as string | number)
}

/** `root[3].sameAs`: where an issue is, for messages. */
export function pathText(root: string, path: ReadonlyArray<string | number>): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? text + '[' + key + ']' : text === '' ? key : text + '.' + key), root)
}

/**
 * One issue as a sentence: `Unexpected key \`sameas\` in \`knownEntities[0]\`,
 * expected one of …`, `Unexpected \`"Persn1"\` for \`knownEntities[0].type\`,
 * expected a schema.org type such as \`Person\``.
 */
export function describeIssue(issue: v.BaseIssue<unknown>, root: string): string {
  const path = issuePath(issue)
  const expected = issue.message.replace(/^Expected /, '')
  // An unknown key: name it, and the keys that are allowed.
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    const key = path[path.length - 1]
    return 'Unexpected key `' + String(key) + '` in `' + pathText(root, path.slice(0, -1)) + '`, expected ' + expected
  }
  if (issue.received === 'undefined') return 'Missing `' + pathText(root, path) + '`, expected ' + expected
  return 'Unexpected ' + received(issue) + ' for `' + pathText(root, path) + '`, expected ' + expected
}

function received(issue: v.BaseIssue<unknown>): string {
  // A check on the whole entry, forwarded to a field, is about that field's value.
  const value = issue.path ? issue.path[issue.path.length - 1]!.value : issue.input
  if (typeof value === 'string') return '`' + (value.length > 40 ? value.slice(0, 37) + '…' : value) + '`'
  if (typeof value === 'number' || typeof value === 'boolean') return '`' + String(value) + '`'
  if (value === null) return '`null`'
  return Array.isArray(value) ? 'list' : typeof value === 'object' ? 'mapping' : issue.received
}
