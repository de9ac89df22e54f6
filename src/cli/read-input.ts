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
 */
export async function readInput(path: string, stdin: AsyncIterable<string | Uint8Array>, expected: string): Promise<string | InputError> {
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

/** Bytes as text: UTF-16 by its BOM, else UTF-8; binary data or another encoding is an `InputError`. */
export function decodeText(bytes: Uint8Array): string | InputError {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8'
  const text = new TextDecoder(encoding).decode(bytes)
  const nul = text.indexOf('\u0000')
  if (nul !== -1) {
    const line = countLines(text, nul)
    return new InputError('Unexpected NUL byte, expected a text file (UTF-8 or UTF-16 with a BOM), not binary data', line)
  }
  let replaced = 0
  for (let index = text.indexOf('\uFFFD'); index !== -1; index = text.indexOf('\uFFFD', index + 1)) replaced++
  if (replaced > 0 && replaced > text.length * maxReplacedShare) {
    return new InputError(`Unexpected bytes that are not UTF-8 (${replaced} of ${text.length} characters), expected a UTF-8 or UTF-16 text file`)
  }
  return text
}

/** The line (from 1) of the character at `offset`. */
function countLines(text: string, offset: number): number {
  let line = 1
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++
  return line
}
