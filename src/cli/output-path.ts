// Where a batch writes each article under `--out-dir`: always inside it, whatever the input's path or NDJSON id.
import {isAbsolute, join, relative, resolve, sep} from 'node:path'

/**
 * Why an NDJSON `id` cannot name an output below `--out-dir`, or `undefined`
 * when it can. An id is a relative path of names joined by `/`; anything that
 * could leave the folder or mean something else on another system is refused
 * rather than rewritten, so two ids never quietly share a file: `..` and `.`
 * names, a leading `/`, backslashes, `:` (drive letters, Windows streams),
 * control characters, lone surrogates, and Windows device names (`con`, `nul`…).
 */
export function unsafeId(id: string): string | undefined {
  const expected = ', expected a relative path of names joined by `/` (no `..`, `\\`, `:`, control characters or leading `/`)'
  const shown = '`' + JSON.stringify(id).slice(1, -1) + '`'
  if (!isSafeRelativePath(id)) return 'Unexpected id ' + shown + ' that leaves `--out-dir`' + expected
  return undefined
}

function isSafeRelativePath(id: string): boolean {
  // Control characters, backslashes, colons and lone surrogates are refused anywhere.
  // eslint-disable-next-line no-control-regex
  if (id === '' || /[\u0000-\u001F\u007F\\:]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(id)) return false
  return id.split('/').every((name) => name !== '' && name !== '.' && name !== '..' && !windowsReserved.test(name) && !/[. ]$/.test(name))
}

/** Names Windows keeps for devices (with any extension), and so cannot be files there. */
const windowsReserved = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i

/**
 * The output file of an input at `relativePath` (below the inputs' common
 * folder, or a checked NDJSON id) with its extension replaced.
 *
 * @throws {Error} If the path would leave `outDir`: a guard that no caller should ever reach.
 */
export function outputPath(outDir: string, relativePath: string, extension: string): string {
  const path = join(outDir, relativePath + extension)
  const inside = relative(resolve(outDir), resolve(path))
  if (inside === '' || inside === '..' || inside.startsWith('..' + sep) || isAbsolute(inside)) {
    throw new Error('Unexpected output path `' + path + '` outside `--out-dir`, expected a path below it')
  }
  return path
}

/**
 * Outputs taken so far in a run, so two inputs never write one file:
 * `claim(output, input)` takes `output` for `input`, and returns the input
 * that took it first, if another did. Names are compared as the file system
 * compares them: without case on macOS and Windows.
 */
export function createOutputClaims(): (output: string, input: string) => string | undefined {
  const owners = new Map<string, string>()
  const foldsCase = process.platform === 'darwin' || process.platform === 'win32'
  return (output, input) => {
    const key = foldsCase ? output.normalize('NFC').toLowerCase() : output
    const owner = owners.get(key)
    if (owner !== undefined) return owner
    owners.set(key, input)
    return undefined
  }
}

/** The error of an input whose output another input already takes. */
export function collision(first: string, output: string): string {
  return 'Unexpected input with the same output as `' + first + '` (`' + output + '`), expected one input per output name'
}
