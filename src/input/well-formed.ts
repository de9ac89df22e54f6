/**
 * Well-formed text: UTF-16 with no lone surrogate. A lone surrogate cannot
 * be encoded as UTF-8 (`encodeURIComponent` throws on it, JSON writers emit
 * invalid text), so text is made well-formed where it enters the package.
 */
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {report} from '../messages.js'

/** Text made well-formed, with the offsets of the lone surrogates it had. */
export interface WellFormed {
  /** The text, each lone surrogate replaced by U+FFFD (same length, so offsets still hold). */
  readonly text: string
  /** Offsets of the replaced code units, in order. */
  readonly loneSurrogates: readonly number[]
}

/** Replace each lone surrogate with U+FFFD and say where they were. Linear. */
export function toWellFormed(value: string): WellFormed {
  // Nearly all text is well-formed, and the engine checks that far faster than a loop over code units.
  if (isWellFormed(value)) return {text: value, loneSurrogates: none}
  const loneSurrogates: number[] = []
  let text = ''
  let copied = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code < 0xd800 || code > 0xdfff) continue
    if (code <= 0xdbff) {
      const next = value.charCodeAt(index + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        index++
        continue
      }
    }
    loneSurrogates.push(index)
    text += value.slice(copied, index) + '\uFFFD'
    copied = index + 1
  }
  return {text: loneSurrogates.length === 0 ? value : text + value.slice(copied), loneSurrogates}
}

const none: readonly number[] = Object.freeze([])

// `String.prototype.isWellFormed` (ES2024: Node 20, current browsers); without it, every text takes the loop.
const nativeIsWellFormed = (String.prototype as {isWellFormed?: (this: string) => boolean}).isWellFormed

function isWellFormed(value: string): boolean {
  return nativeIsWellFormed !== undefined && nativeIsWellFormed.call(value)
}

/** `value` with each lone surrogate replaced by U+FFFD. */
export function wellFormed(value: string): string {
  return toWellFormed(value).text
}

/**
 * Make a file's text well-formed before any parser sees it, with an
 * `invalid-character` warning at the first lone surrogate.
 */
export function wellFormedFile(file: VFile): void {
  const {text, loneSurrogates} = toWellFormed(String(file))
  const first = loneSurrogates[0]
  if (first === undefined) return
  const code = String(file).charCodeAt(first).toString(16).toUpperCase()
  file.value = text
  const more = loneSurrogates.length - 1
  report(
    file,
    'invalid-character',
    'Unexpected lone surrogate U+' + code + (more > 0 ? ' (and ' + more + ' more)' : '') + ', expected well-formed text; replaced by U+FFFD',
    {place: location(file).toPoint(first), actual: 'U+' + code, expected: ['U+FFFD']}
  )
}
