/**
 * Titles and roles around a name: a title inside a run (`Aurora
 * Councilmember X`, `Magistrate Judge X`), a lower-case one before it
 * (`coach X`), the title as the text writes it, and the role words an
 * appositive gives (`X, the overnight dispatcher at the shop`).
 */
import {type Title, findTitle, longestTitle, titleFormLengths, titleOfRoleWord} from '../lexicon/titles.js'
import {Word} from '../lexicon/word-classes.js'
import {type Token, hasClass} from './tokens.js'

/** A title and its tokens `[start, end)`. */
export interface TitleSpan {
  readonly title: Title
  readonly start: number
  readonly end: number
}

/** `Police Chief` as written; `Gov.` spelled out as `Governor`. */
export function writtenTitle(tokens: readonly Token[], first: number, end: number, title: Title): string | undefined {
  const written = tokens.slice(first, end)
  // `Dr Okafor`, British style: an abbreviation without its period is one too.
  if (written.some((token) => token.text.endsWith('.') || (written.length === 1 && hasClass(token, Word.Abbreviation)))) return title.jobTitle || undefined
  return written.map((token) => token.text.charAt(0).toUpperCase() + token.text.slice(1)).join(' ')
}

/**
 * Role words the text gives a person: the title's, the word right before
 * the name (`CDOT spokesperson X`), and the head of an appositive after it
 * (`X, the overnight dispatcher at the shop,` → `dispatcher`).
 */
export function rolesAround(tokens: readonly Token[], first: number, end: number, title: Title | undefined): string[] {
  const roles: string[] = title ? [...title.roles] : []
  const before = tokens[first - 1]
  if (before?.kind === 'word' && !before.capitalized && hasClass(before, Word.Role)) roles.push(before.lower)
  const opener = tokens[end + 1]
  const bare = opener !== undefined && hasClass(opener, Word.Role) && !opener.capitalized
  if (tokens[end]?.text === ',' && opener && (bare || opener.lower === 'a' || opener.lower === 'an' || opener.lower === 'the' || opener.possessive)) {
    let head: string | undefined = bare ? opener.lower : undefined
    for (let index = end + 2; index < Math.min(tokens.length, end + 12); index++) {
      const token = tokens[index]!
      if (token.kind === 'punctuation' || hasClass(token, Word.AppositiveStop)) break
      if (!token.capitalized || hasClass(token, Word.Role)) head = token.lower
    }
    if (head) roles.push(head)
  }
  return roles
}

/** A title inside a run: the longest title form, with a place or organization before it allowed. */
export function findTitleIn(tokens: readonly Token[], first: number, end: number): TitleSpan | undefined {
  for (let start = first; start < end; start++) {
    for (let length = Math.min(longestTitle, end - start); length >= 1; length--) {
      const title = titleAt(tokens, start, length) ?? (length === 1 && start > first && hasClass(tokens[start], Word.Role) ? titleOfRoleWord(tokens[start]!.lower) : undefined)
      if (!title) continue
      // A title names someone only when a name follows, or when it ends the run (`the Mayor`).
      if (start + length === end && start === first) return {title, start, end: start + length}
      if (start + length < end) return extendTitle(tokens, {title, start, end: start + length}, end)
    }
  }
  return undefined
}

/**
 * Titles run on: `Magistrate Judge`, `Deputy Insurance Commissioner`. Take
 * the last title that still leaves a name after it.
 */
function extendTitle(tokens: readonly Token[], found: TitleSpan, end: number): TitleSpan {
  let result = found
  for (let start = found.end; start < Math.min(end - 1, found.end + 3); start++) {
    for (let length = Math.min(longestTitle, end - 1 - start); length >= 1; length--) {
      const title = titleAt(tokens, start, length)
      if (title && title.jobTitle) {
        result = {title, start: found.start, end: start + length}
        break
      }
    }
  }
  return result
}

/** A lower-case title right before a name: `coach Dana Whitfield`, `state Sen. X`. */
export function titleBefore(tokens: readonly Token[], first: number): {title: Title; start: number} | undefined {
  for (let length = 1; length <= 2; length++) {
    if (first - length < 0) break
    if (tokens[first - length]!.kind !== 'word') break
    const title = titleAt(tokens, first - length, length)
    if (title && title.jobTitle) return {title, start: first - length}
  }
  return undefined
}

/** The title whose form is the `length` words from `start`, if any; the form is built only when a form of that length starts with the first word. */
function titleAt(tokens: readonly Token[], start: number, length: number): Title | undefined {
  if ((titleFormLengths(tokens[start]!.lower) & (1 << length)) === 0) return undefined
  return findTitle(tokens.slice(start, start + length).map((token) => token.lower).join(' '))
}

// Words that link a title to its portfolio: `Minister of Finance`, `Secretary for Near Eastern Affairs`, `Trade and Industry`.
const portfolioLinks: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the'])

/**
 * A title whose portfolio runs into the name after it: `Minister of Finance
 * Bill Birch`, `Assistant Secretary for Near Eastern Affairs Robert
 * Pelletreau`, `Minister of Trade and Industry X` (the run is `Finance Bill
 * Birch`). Looks back at most eight tokens from the run's `first` for a
 * title right before `of` or `for`; returns it and the title as written up
 * to the run (`Minister of Finance` is known once the name's start is).
 */
export function portfolioTitleBefore(tokens: readonly Token[], first: number): {title: Title; start: number} | undefined {
  if (!portfolioLinks.has(tokens[first - 1]?.lower ?? '')) return undefined
  for (let index = first - 2; index >= Math.max(0, first - 9); index--) {
    const token = tokens[index]!
    if (token.kind !== 'word' || !(token.capitalized || portfolioLinks.has(token.lower))) return undefined
    const next = tokens[index + 1]!.lower
    if (!token.capitalized || (next !== 'of' && next !== 'for')) continue
    const title = titleAt(tokens, index, 1)
    if (title && title.jobTitle) return {title, start: index}
  }
  return undefined
}
