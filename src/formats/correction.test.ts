import {VFile} from 'vfile'
import {expect, test} from 'vitest'
import {plainTextToDocument} from '../input/plain-text.js'
import {correctionNotes} from './correction.js'

const noteDate = (label: string) => correctionNotes(plainTextToDocument(new VFile('Story text.\n\n' + label + ' The name was misspelled.\n')))[0]?.datePublished

test('a correction label dates the note with any written form of a month', () => {
  expect(noteDate('Correction (Feb. 12, 2026):')).toBe('2026-02-12')
  expect(noteDate('Correction (Sept. 5, 2026):')).toBe('2026-09-05')
  expect(noteDate('Clarification, September 5 2026 —')).toBe('2026-09-05')
  expect(noteDate("Editor's note, May 4, 2026:")).toBe('2026-05-04')
  expect(noteDate('Correction (2026-03-01):')).toBe('2026-03-01')
})

test('a word that is no month, or a day the month lacks, gives no date', () => {
  expect(noteDate('Correction (Section 5, 2026):')).toBeUndefined()
  expect(noteDate('Correction (Feb. 30, 2026):')).toBeUndefined()
  // The first month in the label counts, after words that are none.
  expect(noteDate('Correction (Section 5, 2026, Feb. 1, 2026):')).toBe('2026-02-01')
})
