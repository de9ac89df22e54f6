/**
 * Streets named by a plural head after the list of their names: `at State
 * and Hubbard streets`, `down Elm, Oak and Pine streets`. Each name is a
 * street (a site), never the town the gazetteer has under that name.
 */
import type {Mention} from './mention.js'
import type {Token} from './tokens.js'

// Plural heads of streets after the names they share: `Bourbon and Dauphine streets`.
const pluralStreetHeads: ReadonlySet<string> = new Set(['streets', 'avenues', 'roads', 'boulevards', 'lanes', 'drives'])

/** Tokens a list of street names may take before its plural head: the names' words and their joiners. */
const maxStreetListTokens = 8

/** The evidence detail of a street named by a plural head after its list: never a town's name, whatever the gazetteer has. */
export const listedStreetDetail = 'streets'

/** Whether a mention is a street named by a plural head after its list (`State and Hubbard streets`). */
export function isListedStreetMention(mention: Mention): boolean {
  return mention.evidence.cue === 'name-shape' && mention.evidence.detail === listedStreetDetail
}

/**
 * Whether the run (words `first` to `end`) names a street by a plural head after the list it is in:
 * `at State and Hubbard streets`, `down Bourbon, Royal and Dauphine streets`.
 */
export function isListedStreet(tokens: readonly Token[], first: number, end: number): boolean {
  // (`the Depression-era streets`: one name, no list, describes the streets.)
  const joined = (token: Token | undefined) => token?.lower === 'and' || token?.text === ','
  for (let index = end; index < end + maxStreetListTokens; index++) {
    const token = tokens[index]
    if (token === undefined) return false
    if (pluralStreetHeads.has(token.text)) return index === end ? joined(tokens[first - 1]) : tokens[index - 1]!.capitalized
    // (Only words are capitalized.)
    if (!(token.lower === 'and' || token.text === ',' || token.capitalized)) return false
  }
  return false
}
