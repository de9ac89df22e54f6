// The data files that the Workers build imports as modules (see scripts/workerd-modules.ts).
declare module '*.bin' {
  /** An ArrayBuffer under Wrangler's default rules; a Uint8Array with esbuild's `binary` loader. */
  const bytes: ArrayBuffer | Uint8Array
  export default bytes
}
