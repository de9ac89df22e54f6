/**
 * The text of a quotation from its parts: the words the speaker said, as
 * one string, without the punctuation the attribution brings.
 */

/** A quoted stretch's text, and whether a closing mark ends it. */
export interface PartText {
  readonly text: string
  readonly closed: boolean
}

/**
 * Join the parts of a quotation. News style ends a quote with a comma where
 * the attribution follows (`"We will rebuild," she said`): that comma is
 * the attribution's, so it goes. Where the next part starts a sentence
 * (`"…residents," she said. "We're…"`), the comma stood for the speaker's
 * period; where it goes on the sentence (`"…," she said, "and…"`), the parts
 * join with one space. A paragraph left open keeps its comma: it is the
 * speaker's.
 */
export function quotationText(parts: readonly PartText[]): string {
  let result = ''
  for (const [index, part] of parts.entries()) {
    let text = part.text
    const next = parts[index + 1]
    if (part.closed && text.endsWith(',')) {
      text = text.slice(0, -1).trimEnd()
      if (next && startsSentence(next.text)) text += '.'
    }
    if (text.length > 0) result += (result.length > 0 ? ' ' : '') + text
  }
  return result
}

/** Starts with a capital letter, or a digit (`"…," he said. "2026 will…"`). */
function startsSentence(text: string): boolean {
  const first = text.charAt(0)
  return first !== first.toLowerCase() || (first >= '0' && first <= '9')
}
