/**
 * Organizations by the words around a name: an outlet (`Interfax news
 * agency`, `the newspaper Liberte`), a body's people or parts (`PLO
 * officials`, `the CFDT union`), shares (`shares of Quillon`), a relative
 * `which` (`Dravo Wood Elves, which`), and an acronym defined beside its name
 * (`Organisation for Security and Cooperation in Europe (OSCE)`). The words
 * are closed classes written here.
 */
import {isAcronym} from '../lexicon/organizations.js'
import {isCommonWord} from '../lexicon/words.js'
import {Word} from '../lexicon/word-classes.js'
import type {AnalyzedBlock} from './analyze.js'
import {type Mention, mentionOf} from './mention.js'
import {Run} from './run.js'
import {type Token, hasClass} from './tokens.js'

const words = (text: string): ReadonlySet<string> => new Set(text.split(' '))

// Outlets named before or after the word for them: `Tanjug news agency`, `the daily Al-Akhbar`.
const outletWords = words('newspaper newspapers daily weekly magazine agency tabloid broadsheet journal television radio')

// A body's people and parts after its name: `PLO officials`, `the CFDT union`, `Mitsubishi shares`.
const memberWords = words(
  'officials official spokesman spokeswoman spokesperson members member leaders leadership chairman chief executives ' +
    'guerrillas rebels militants fighters forces troops activists delegates delegation union party movement front ' +
    'shares stock stake subsidiary unit affiliate board management shareholders employees workers staff headquarters ' +
    'summit congress'
)

// Kinds of organization written before a name: `insurer GAN`, `exploration company Ivernia`, `provincial side Boland`.
const organizationNouns = words(
  'company companies firm firms group conglomerate consortium bank banks insurer reinsurer lender carrier airline automaker ' +
    'carmaker retailer chain manufacturer maker utility distributor refiner publisher brewer club side party movement ' +
    'organisation organization agency network broadcaster exchange fund institute foundation charity association federation ' +
    'subsidiary affiliate operator supplier contractor giant outfit brokers brokerage miner'
)

// Job words before `at` or `with` and a name: `analyst at X`, `economist with X` (an employer, unless a place).
const employeeRoles = words('analyst analysts economist economists strategist strategists trader traders dealer dealers broker brokers director manager engineer researcher scientist executive official officials spokesman spokeswoman')

// Verbs of outlets after their name: `the Jakarta Post reported`, `Interfax quoted`.
const reportVerbs = words('reported quoted')

// Of those, the words for people, which also follow a person's name: `Pritzker spokesman`.
const peopleWords = words('officials official spokesman spokeswoman spokesperson members member leaders leadership chairman chief executives delegates delegation board management staff')

// Acronyms that name no organization: units, time zones, measures, titles, diseases, media.
const notOrganizations = words(
  'gmt utc est edt cst cdt mst mdt pdt pst hst akst bst cet am pm tv pc cd dvd id ok gdp gnp cpi ppi vat ipo ceo cfo coo mp meps mep ' +
    'aids hiv bse sars dna rna rbi era mvp km kg mph bbl bpd usd gbp eur jpy dm ecu pct oz sq ft lb gp md phd rn dj vip suv atm pin sms url faq diy ufo ev zip acl mri fob cif tnt'
)

/** Whether an acronym names no organization: a unit, a measure, a currency, a title. */
export function isPlainAcronym(text: string): boolean {
  const lower = text.toLowerCase().replaceAll('.', '')
  return notOrganizations.has(lower) || supportedCurrencies().has(text.toUpperCase())
}

let currencies: ReadonlySet<string> | undefined

/** ISO 4217 codes the runtime knows (`DEM`, `FRF` are gone; `USD`, `EUR` are there). */
function supportedCurrencies(): ReadonlySet<string> {
  currencies ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [])
  return currencies
}

/** Whether a token is a lower-case word for an outlet: `newspaper`, `daily`, `agency`. */
export function isOutletWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && !token.capitalized && outletWords.has(token.lower)
}

/** Whether a token is a lower-case word for a kind of organization right before a name: `insurer`, `company`, `side`. */
export function isOrganizationNoun(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && !token.capitalized && !token.possessive && organizationNouns.has(token.lower)
}

/** What the words around a run say about it being an organization: `outlet`, `context`, or nothing. */
export function organizationContext(run: Run): 'outlet' | 'context' | undefined {
  const {tokens, first, end} = run
  const next = tokens[end]
  const previous = tokens[first - 1]
  const last = tokens[end - 1]!
  if (next?.kind === 'word' && !next.capitalized && !last.possessive) {
    if (outletWords.has(next.lower) || (next.lower === 'news' && tokens[end + 1]?.lower === 'agency')) return 'outlet'
    // `Pritzker spokesman X` is a person's spokesman: people words need a name of two words or an acronym.
    if (memberWords.has(next.lower) && (run.length > 1 || isAcronym(last.text) || !peopleWords.has(next.lower))) return 'context'
  }
  if (previous?.kind === 'word' && !previous.capitalized && outletWords.has(previous.lower) && previous.lower !== 'television' && previous.lower !== 'radio') return 'outlet'
  // `Daily Variety reported`, `Tass quoted X as saying`: what outlets do (a person is named with a given name first, and is let through).
  // (`FOX31's Kasia Kerridge reported.` is a reporter: a station's possessive before, nothing reported after.)
  if (next?.kind === 'word' && reportVerbs.has(next.lower) && !last.possessive && !previous?.possessive && tokens[end + 1]?.kind === 'word') return 'outlet'
  // `insurer GAN`, `the company Veltrona`: a kind of organization right before the name.
  if (isOrganizationNoun(previous)) return 'context'
  // `analyst at Brenmark Securities`, `economist with Halvard`.
  if ((previous?.lower === 'at' || previous?.lower === 'with') && employeeRoles.has(tokens[first - 2]?.lower ?? '')) return 'context'
  // `shares of Quillon`, `shares in Brenwick`.
  if ((previous?.lower === 'of' || previous?.lower === 'in') && tokens[first - 2]?.lower === 'shares') return 'context'
  // `Quillon's chief executive`.
  if (last.possessive && next?.lower === 'chief' && tokens[end + 1]?.lower === 'executive') return 'context'
  // `Quillon Valve Works, which makes valves`: people are `who` (a place is read before; a lone word may be a
  // surname the writer follows with `which` for a thing of his, or a people's word: `The Vermonter, which`).
  if (run.length > 1 && next?.text === ',' && tokens[end + 1]?.lower === 'which' && !last.possessive) return 'context'
  return undefined
}

// Three to six capitals with no periods (`OSCE`, `IVAC`); Roman numerals (`XIV`) are none.
const bareAcronym = /^[A-Z]{3,6}$/
const romanNumeral = /^[IVXLC]+$/
const digits = /^\d/

// Words before a thing, not a body: `a torn ACL`, `your CDL`.
const thingDeterminers = words('a an my your his her its our their')

// Words after an acronym that make it a measure, a market's figure or a test: `the FTSE index`, `an MRI scan`.
const thingWords = words('index indices indexes futures future contract contracts bond bonds rate rates scan scans test tests code codes plus minus numbers')

/**
 * Whether a lone acronym names an organization wherever it stands (`AMR also
 * said`, `the OSCE representative`): three to six capitals that spell no
 * word (`WHEAT`, `LOUD` are emphasis), no measure, unit, title or currency,
 * and not used as a thing (`a torn ACL`, `the FTSE index`, `ISO 9002`,
 * `spring wheat (DNS)`) or a dateline's place (`SUGO, Japan`). Two letters
 * (`EU`, `PM`) need the use `acronymInUse` reads.
 */
export function isOrganizationAcronym(tokens: readonly Token[], first: number, end: number): boolean {
  const text = tokens[first]!.text
  if (!bareAcronym.test(text) || romanNumeral.test(text) || isPlainAcronym(text) || isCommonWord(text.toLowerCase())) return false
  const previous = tokens[first - 1]
  const next = tokens[end]
  if (thingDeterminers.has(previous?.lower ?? '') || thingDeterminers.has(tokens[first - 2]?.lower ?? '')) return false
  if (next !== undefined && (thingWords.has(next.lower) || digits.test(next.text))) return false
  if (previous?.text === '(' && tokens[first - 2]?.kind === 'word' && !tokens[first - 2]!.capitalized) return false
  return !(next?.text === ',' && tokens[end + 1]?.capitalized === true && tokens[first - 1] === undefined)
}

/** Whether a lone acronym is used as an organization's: `the OSCE`, `(OSCE)` after a name. */
export function acronymInUse(tokens: readonly Token[], first: number, end: number): boolean {
  const previous = tokens[first - 1]
  // `the OSCE said`, `the PLO's`, not `the WYDOT travel map` (a modifier, maybe of something it abbreviates).
  if (previous?.lower === 'the') return tokens[end - 1]!.possessive || !(tokens[end]?.kind === 'word' && !tokens[end]!.capitalized) || hasClass(tokens[end], Word.SpeechVerb | Word.CueAdverb | Word.FunctionWord)
  return previous?.text === '(' && tokens[end]?.text === ')' && tokens[first - 2]?.capitalized === true
}

/**
 * `Organisation for Security and Cooperation in Europe (OSCE)`: an acronym in
 * brackets after the name whose capitalized words' initials it spells. The
 * name becomes one organization mention (replacing the pieces the chunker
 * made of it); returns the mentions with it.
 */
export function acronymDefinitions(analyzed: AnalyzedBlock, mentions: Mention[]): Mention[] {
  const {tokens} = analyzed
  let result = mentions
  for (let index = 2; index + 1 < tokens.length; index++) {
    const acronym = tokens[index]!
    if (tokens[index - 1]!.text !== '(' || tokens[index + 1]!.text !== ')' || !isAcronym(acronym.text) || isPlainAcronym(acronym.text)) continue
    const start = definitionStart(tokens, index - 1, acronym.text.replaceAll('.', ''))
    if (start === -1) continue
    const definition = mentionOf(new Run(analyzed, start, index - 1), 'organization', {cue: 'acronym', detail: acronym.text})
    result = withDefinition(result, definition, tokens[start]!.start, tokens[index - 2]!.end)
  }
  return result
}

/**
 * The mentions with `definition` in place of those within `[from, to)`, in order. A
 * function of its own, not a closure in the loop above: a closure over the
 * loop's variables made V8 allocate a context for every token of every block.
 */
function withDefinition(mentions: readonly Mention[], definition: Mention, from: number, to: number): Mention[] {
  return [...mentions.filter((mention) => mention.end <= from || mention.start >= to), definition].sort((a, b) => a.start - b.start)
}

/** The start of the words before `paren` whose capitals spell `letters`, or -1. */
function definitionStart(tokens: readonly Token[], paren: number, letters: string): number {
  let spelled = ''
  let index = paren - 1
  // At most a dozen words back: the look-back stays bounded.
  for (let steps = 0; index >= 0 && steps < 12; steps++, index--) {
    const token = tokens[index]!
    // Between the capitals, only joiners (`of`, `and`, `&` in `Harlow & Finch Holdings (HFH)`), particles and `in`: other words and marks end the name.
    if (token.capitalized) {
      spelled = token.text.charAt(0).toUpperCase() + spelled
      if (spelled === letters.toUpperCase()) return index
      if (!letters.toUpperCase().endsWith(spelled)) return -1
    } else if (!hasClass(token, Word.Joiner | Word.NameParticle) && token.lower !== 'in') return -1
  }
  return -1
}
