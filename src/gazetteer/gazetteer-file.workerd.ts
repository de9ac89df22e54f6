// In Workers the data file is a module of its own: Wrangler imports a `.bin`
// file as an ArrayBuffer, esbuild's `binary` loader as a Uint8Array.
import type {gazetteerBytes as readFromDisk} from './gazetteer-file.js'
import data from './gazetteer.data.bin'

/** The bytes of gazetteer.data.bin, as bundled. */
export const gazetteerBytes: typeof readFromDisk = () => (data instanceof Uint8Array ? data : new Uint8Array(data))
