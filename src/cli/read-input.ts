import {readFile as readFileCallback} from 'node:fs'
import {promisify} from 'node:util'

// The callback version: over a million files, the promise API's file handles are a visible cost.
const readFile = promisify(readFileCallback)
const decoder = new TextDecoder('utf-8')

/**
 * Read a FILE argument, `-` being standard input, as UTF-8 text (BOM
 * removed, invalid bytes replaced). Never throws: a file that cannot be read
 * is an `Error` (`Cannot read file (ENOENT), expected …`) that the CLI
 * prints at `file:1:1`.
 */
export async function readInput(path: string, stdin: AsyncIterable<string | Uint8Array>, expected: string): Promise<string | Error> {
  try {
    if (path !== '-') return decoder.decode(await readFile(path))
    const chunks: Uint8Array[] = []
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
    return decoder.decode(Buffer.concat(chunks))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return new Error('Cannot read file' + (code ? ' (' + code + ')' : '') + ', expected ' + expected)
  }
}
