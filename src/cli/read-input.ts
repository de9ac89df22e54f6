// Reading a FILE argument (or standard input) as text, refusing binary and mis-encoded data.
import {readFile as readFileCallback} from 'node:fs'
import {promisify} from 'node:util'

// The callback version: over a million files, the promise API's file handles are a visible cost.
const readFile = promisify(readFileCallback)

/** Why a FILE argument gives no text, and on which line (for binary data). */
export class InputError extends Error {
  readonly line: number | undefined

  constructor(reason: string, line?: number) {
    super(reason)
    this.line = line
  }
}

/**
 * Read a FILE argument, `-` being standard input, as text: UTF-8 (BOM
 * removed), or UTF-16 when a BOM says so. Never throws: a file that cannot
 * be read is an `InputError` (`Cannot read file (ENOENT), expected …`), and
 * so is binary data (a NUL byte) or a file that is mostly not UTF-8 (more
 * than 1 character in 100 replaced); the CLI prints it at `file:line:column`.
 * A few bad bytes are replaced by U+FFFD, and `replaced` says where.
 */
export async function readInput(path: string, stdin: AsyncIterable<string | Uint8Array>, expected: string): Promise<DecodedText | InputError> {
  let bytes: Uint8Array
  try {
    if (path === '-') {
      const chunks: Uint8Array[] = []
      for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
      bytes = Buffer.concat(chunks)
    } else {
      bytes = await readFile(path)
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return new InputError('Cannot read file' + (code ? ' (' + code + ')' : '') + ', expected ' + expected)
  }
  return decodeText(bytes)
}

/** Share of replaced characters above which a file is taken for another encoding, not for UTF-8 with a few bad bytes. */
const maxReplacedShare = 0.01

/** Text decoded from bytes, and where bytes that were no text in its encoding were replaced. */
export interface DecodedText {
  readonly text: string
  /**
   * A few bad bytes in an otherwise good file (issue #13: only a high share
   * is refused): how many characters were replaced by U+FFFD, and where the
   * first one is.
   */
  readonly replaced?: {readonly count: number; readonly line: number; readonly column: number; readonly reason: string} | undefined
}

/**
 * Bytes as text: UTF-16 by its BOM, else UTF-8. Binary data (a NUL) or
 * another encoding (more than 1 character in 100 replaced) is an
 * `InputError`; a few bad bytes are replaced by U+FFFD and said where. A
 * U+FFFD written in the file is text, not a replacement.
 */
export function decodeText(bytes: Uint8Array): DecodedText | InputError {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8'
  const text = new TextDecoder(encoding).decode(bytes)
  const nul = text.indexOf('\u0000')
  if (nul !== -1) {
    const line = countLines(text, nul)
    return new InputError('Unexpected NUL byte, expected a text file (UTF-8 or UTF-16 with a BOM), not binary data', line)
  }
  if (!text.includes('\uFFFD')) return {text}
  const first = firstReplaced(text, bytes, encoding)
  if (first === undefined) return {text}
  let replaced = 0
  for (let index = text.indexOf('\uFFFD'); index !== -1; index = text.indexOf('\uFFFD', index + 1)) replaced++
  // At least the one found: a bad sequence may end in bytes that read as a written U+FFFD.
  const count = Math.max(1, replaced - countWritten(bytes, encoding))
  if (count > text.length * maxReplacedShare) {
    return new InputError(`Unexpected bytes that are not UTF-8 (${count} of ${text.length} characters), expected a UTF-8 or UTF-16 text file`)
  }
  const line = countLines(text, first)
  const column = first - text.lastIndexOf('\n', first - 1)
  return {text, replaced: {count, line, column, reason: replacedReason(count, encoding === 'utf-8' ? 'UTF-8' : 'UTF-16')}}
}

/** The message for `count` characters replaced by U+FFFD (a warning, `invalid-character`, at the first). */
function replacedReason(count: number, encoding: 'UTF-8' | 'UTF-16'): string {
  const what = count === 1 ? 'byte sequence that is' : count + ' byte sequences that are'
  return 'Unexpected ' + what + ' not ' + encoding + ', expected a well-formed ' + encoding + ' text file; replaced by U+FFFD'
}

/** The bytes of U+FFFD in each encoding: such a character in the file was written, not replaced. */
const replacementBytes = {'utf-8': [0xef, 0xbf, 0xbd], 'utf-16le': [0xfd, 0xff], 'utf-16be': [0xff, 0xfd]} as const

/**
 * Offset in `text` of the first U+FFFD that stands for bad bytes, not for a
 * U+FFFD written in the file: text and bytes are walked in step up to it
 * (before the first bad byte, each character has its usual length). Linear.
 */
function firstReplaced(text: string, bytes: Uint8Array, encoding: keyof typeof replacementBytes): number | undefined {
  const written = replacementBytes[encoding]
  // The BOM the decoder removed.
  let byte = encoding === 'utf-8' ? (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0) : 2
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0xfffd) {
      if (!written.every((value, offset) => bytes[byte + offset] === value)) return index
      byte += written.length
    } else if (encoding !== 'utf-8') {
      byte += 2
    } else if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair: one four-byte sequence.
      byte += 4
      index++
    } else {
      byte += code < 0x80 ? 1 : code < 0x800 ? 2 : 3
    }
  }
  return undefined
}

/** How many U+FFFD the file holds as written bytes. */
function countWritten(bytes: Uint8Array, encoding: keyof typeof replacementBytes): number {
  const written = Buffer.from(replacementBytes[encoding])
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const step = encoding === 'utf-8' ? 1 : 2
  let count = 0
  for (let index = buffer.indexOf(written); index !== -1; index = buffer.indexOf(written, index + written.length)) {
    // In UTF-16, only a match on a code unit boundary is a character.
    if (step === 1 || index % 2 === 0) count++
  }
  return count
}

/** The line (from 1) of the character at `offset`. */
function countLines(text: string, offset: number): number {
  let line = 1
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++
  return line
}
