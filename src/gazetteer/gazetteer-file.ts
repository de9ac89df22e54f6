// Node reads the data file from beside the module; the Workers build imports it (gazetteer-file.workerd.ts).
import {readFileSync} from 'node:fs'

/**
 * The bytes of gazetteer.data.bin (built by scripts/build-gazetteer.ts). The
 * same relative URL works from src/gazetteer/ and from dist/, where the
 * build copies the file.
 */
export function gazetteerBytes(): Uint8Array {
  return readFileSync(new URL('./gazetteer.data.bin', import.meta.url))
}
