/**
 * The JSON pointer (RFC 6901) of a key or index inside the value at
 * `parent`: `~` and `/` in keys are escaped as `~0` and `~1`.
 *
 * @param parent Pointer of the containing value (`''` for the document).
 * @param key Property name or array index.
 */
export function childPointer(parent: string, key: string | number): string {
  return parent + '/' + String(key).replaceAll('~', '~0').replaceAll('/', '~1')
}
