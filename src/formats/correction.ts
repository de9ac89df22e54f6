/**
 * Corrections to a published article (`CorrectionComment`): from the
 * `corrections` field, and from a "Correction:" or "Editor's note:"
 * paragraph at the end of the text.
 */
import type {ArticleDocument} from '../document/document.js'
import type {TextSpan} from '../extract/span.js'
import {spanOf} from '../extract/span.js'
import {monthNumber} from '../lexicon/word-classes.js'

/** A correction or editor's note. */
export interface Correction {
  /** What was corrected, without its `Correction:` label. */
  readonly text: string
  /** When, as ISO 8601 (a date alone when only the day is known). */
  readonly datePublished: string | undefined
  /** The note in the text, when it was read from there. */
  readonly note?: TextSpan | undefined
}

// `Correction:`, `Clarification (Feb. 12, 2026):`, `Editor's note, March 4, 2026 —`.
const label = /^(?:correction|clarification|editor[’']s note)\b([^:—–]{0,40})[:—–]\s*/i
const isoDate = /\b(\d{4})-(\d{2})-(\d{2})\b/
// A word, a day and a year: the word must be a month of the lexicon (`Feb.`, `March`).
const writtenDate = /\b([a-z]{3,9})\.? (\d{1,2}),? (\d{4})\b/gi

/**
 * The correction notes at the end of a document: the last paragraphs that
 * start with `Correction`, `Clarification` or `Editor's note` and a colon or
 * dash (credits and boilerplate after them are skipped). A date in the label
 * (`Correction (Feb. 12, 2026):`) is the note's date.
 */
export function correctionNotes(document: ArticleDocument): Correction[] {
  const notes: Correction[] = []
  for (let index = document.blocks.length - 1; index >= 0; index--) {
    const block = document.blocks[index]!
    const match = label.exec(block.text.trim())
    if (!match || (block.kind !== 'paragraph' && block.kind !== 'trailer')) {
      if (block.kind === 'trailer') continue
      break
    }
    const start = block.text.indexOf(block.text.trim()) + match[0].length
    const text = block.text.slice(start).trim()
    if (text) notes.unshift({text, datePublished: dateIn(match[1] ?? ''), note: spanOf(document, block, 0, block.text.length)})
  }
  return notes
}

/** The corrections of the fields, then each note of the text they do not already hold. */
export function mergeCorrections(fields: readonly Correction[], notes: readonly Correction[]): Correction[] {
  const same = (a: string, b: string) => a.toLowerCase().replaceAll(/\s+/g, ' ') === b.toLowerCase().replaceAll(/\s+/g, ' ')
  return [...fields, ...notes.filter((note) => !fields.some((item) => same(item.text, note.text)))]
}

function dateIn(text: string): string | undefined {
  const iso = isoDate.exec(text)
  if (iso) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  for (const [, word, day, year] of text.matchAll(writtenDate)) {
    const month = monthNumber(word!)
    if (month !== undefined) return valid(Number(year), month, Number(day))
  }
  return undefined
}

function valid(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (month < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return date.toISOString().slice(0, 10)
}
