/**
 * Whether text is all ASCII (every code unit below 128). Most names and words
 * are, and for them the costly Unicode work (normalization, accent folding)
 * can be skipped.
 */
export function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0x7f) return false
  return true
}
