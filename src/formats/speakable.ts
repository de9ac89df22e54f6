/**
 * Speakable parts of an article (`SpeakableSpecification`): the CSS
 * selectors of the text that text-to-speech should read, such as the
 * headline and the summary.
 */

/** The selectors `speakable: true` stands for; the plugins put these classes on the headline and summary elements. */
export const speakableClasses = {headline: 'speakable-headline', summary: 'speakable-summary'} as const

/** What `speakable: true` names: the headline and the summary. */
export const defaultSpeakable: readonly string[] = ['.' + speakableClasses.headline, '.' + speakableClasses.summary]

/**
 * Read a `speakable` value: `true` (the headline and summary), a CSS
 * selector, or a list of them; `false` is none. `undefined` when the value
 * is none of these.
 */
export function toSpeakable(value: unknown): readonly string[] | undefined {
  if (value === true || value === 'true') return defaultSpeakable
  if (value === false || value === 'false') return []
  const items = Array.isArray(value) ? value : [value]
  const selectors: string[] = []
  for (const item of items) {
    if (typeof item !== 'string' || item.trim() === '' || item.length > 200) return undefined
    if (!selectors.includes(item.trim())) selectors.push(item.trim())
  }
  return selectors
}
