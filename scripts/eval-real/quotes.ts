/**
 * PolNeAR scoring, per the dev README: a gold direct quote is found when a
 * Quotation's text contains its first four words; the speaker is right when
 * the creator's name shares the gold source's last name. Only sources that
 * are names count for speakers (`Clinton spokesman Brian Fallon`, and the
 * name before an appositive: `Steve Smith, a veteran editor at the Times`):
 * pronoun and nominal sources would need coreference the gold lacks.
 *
 * PolNeAR annotates every attribution; `direct` only says its content starts
 * and ends with a quote mark. A partial quote (`called the plan “reckless”`,
 * `said the state “cannot keep absorbing cuts”`) is attributed speech whose
 * gold content also holds the words around the marks, so a Quotation inside
 * any gold content is right; the strict line counts only direct gold.
 */
import {words} from '../eval-matching.js'
import {contextOf} from './examples.js'
import type {ArticleGraph} from './graph.js'
import type {Tally} from './tally.js'

interface Span {
  readonly start: number
  readonly end: number
  readonly text: string
}

/** One PolNeAR attribution; offsets count code points. */
export interface GoldAttribution {
  readonly direct: boolean
  readonly content: readonly Span[]
  readonly source?: readonly Span[]
  readonly cue?: readonly Span[]
}

const pronouns = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'who', 'him', 'her', 'them'])
const firstWords = (text: string) => ' ' + words(text).slice(0, 4).join(' ') + ' '

/** Score one article's direct quotes and their speakers into `tally`. */
export function scoreQuotes(text: string, gold: readonly GoldAttribution[], graph: ArticleGraph, tally: Tally): void {
  const codePoints = [...text]
  const context = (span: Span | undefined) => (span ? contextOf(codePoints.join(''), utf16(span.start), utf16(span.end)) : '')
  const utf16 = (index: number) => codePoints.slice(0, index).join('').length
  const quotations = graph.result.article.quotations.map((quotation) => ({quotation, words: ' ' + words(quotation.text).join(' ') + ' '}))
  const direct = gold.filter((item) => item.direct).map((item) => ({item, content: item.content.map((span) => span.text).join(' ')}))
  const score = tally.score('direct quotes')

  for (const {item, content} of direct) {
    score.gold++
    const head = firstWords(content)
    const match = quotations.find((quotation) => quotation.words.includes(head))
    if (!match) {
      tally.misses('direct quotes').add(content.slice(0, 60), context(item.content[0]))
      continue
    }
    score.found++
    const surname = lastName(item.source)
    if (surname === undefined) continue
    const speaker = match.quotation.speaker?.name
    const right = speaker !== undefined && words(speaker).includes(surname)
    tally.rate('named speaker').add(right)
    if (!right) tally.examples('wrong speaker').add(`${speaker ?? 'none'} for ${item.source!.map((span) => span.text).join(' ')}`, context(item.content[0]))
  }

  const contents = direct.map(({content}) => ' ' + words(content).join(' ') + ' ')
  const attributed = gold.filter((item) => !item.direct).map((item) => ' ' + words(item.content.map((span) => span.text).join(' ')).join(' ') + ' ')
  const strict = tally.score('direct, strict')
  strict.gold = score.gold
  strict.found = score.found
  for (const quotation of quotations) {
    score.predicted++
    strict.predicted++
    const head = firstWords(quotation.quotation.text)
    if (direct.some(({content}) => quotation.words.includes(firstWords(content))) || contents.some((content) => content.includes(head))) {
      score.truePositives++
      strict.truePositives++
    } else if (attributed.some((content) => content.includes(head))) score.truePositives++
    else {
      const position = quotation.quotation.parts[0]?.position
      tally.falses('direct quotes').add(quotation.quotation.text.slice(0, 60), contextOf(text, position?.start.offset, position?.end.offset))
    }
  }
}

// Words that open a nominal source: `another New Hampshire Republican`, `one Democrat`.
const quantifiers = new Set(['a', 'an', 'another', 'one', 'some', 'several', 'many', 'two', 'three', 'other'])

/** The last name of a source that is a name, lowercase; `undefined` for pronouns and nominals. */
function lastName(source: readonly Span[] | undefined): string | undefined {
  const text = source?.map((span) => span.text).join(' ').trim()
  if (!text || quantifiers.has(words(text)[0] ?? '')) return undefined
  // The name before an appositive, a clause or a place: `X, a professor at Y`, `Sen. X of Maryland`, `X (R-Ky.)`.
  const name = text.split(/[,(]| (?:who|of|at|from|for|in|with) /)[0]!.trim()
  const last = name.split(/\s+/).at(-1)?.replace(/['’]s$/, '').replace(/[^\p{L}'’-]+$/u, '')
  if (!last || !/^\p{Lu}/u.test(last) || pronouns.has(last.toLowerCase())) return undefined
  return words(last).at(-1)
}
