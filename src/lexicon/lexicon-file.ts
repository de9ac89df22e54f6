// Node reads the data file from beside the module; the Workers build imports it (lexicon-file.workerd.ts).
import {readFileSync} from 'node:fs'

/**
 * The bytes of lexicon.data.bin (built by scripts/build-lexicon.ts). The same
 * relative URL works from src/lexicon/ and from dist/, where the build
 * copies the file.
 */
export function lexiconBytes(): Uint8Array {
  return readFileSync(new URL('./lexicon.data.bin', import.meta.url))
}
