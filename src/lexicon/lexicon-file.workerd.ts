// In Workers the data file is a module of its own: Wrangler imports a `.bin`
// file as an ArrayBuffer, esbuild's `binary` loader as a Uint8Array. The bytes
// are the module's, not a copy: loadLexicon writes its given-name tags into
// them, once per isolate, and the same tags each time.
import type {lexiconBytes as readFromDisk} from './lexicon-file.js'
import data from './lexicon.data.bin'

/** The bytes of lexicon.data.bin, as bundled. */
export const lexiconBytes: typeof readFromDisk = () => (data instanceof Uint8Array ? data : new Uint8Array(data))
