import {Word, wordsOf} from './word-classes.js'

/** An organization known by name and acronym. */
export interface KnownOrganization {
  readonly name: string
  readonly alternateNames: readonly string[]
}

// Agencies and bodies that news copy names by acronym. The first name is canonical.
const known: ReadonlyArray<readonly [name: string, ...alternateNames: string[]]> = [
  ['U.S. Immigration and Customs Enforcement', 'ICE', 'Immigration and Customs Enforcement'],
  ['U.S. Customs and Border Protection', 'CBP', 'Customs and Border Protection', 'Border Patrol'],
  ['U.S. Citizenship and Immigration Services', 'USCIS'],
  ['U.S. Department of Homeland Security', 'DHS', 'Department of Homeland Security', 'Homeland Security'],
  ['U.S. Department of Justice', 'DOJ', 'Justice Department', 'Department of Justice'],
  ['Federal Bureau of Investigation', 'FBI'],
  ['Central Intelligence Agency', 'CIA'],
  ['Drug Enforcement Administration', 'DEA'],
  ['Bureau of Alcohol, Tobacco, Firearms and Explosives', 'ATF'],
  ['Federal Emergency Management Agency', 'FEMA'],
  ['Environmental Protection Agency', 'EPA'],
  ['Centers for Disease Control and Prevention', 'CDC'],
  ['Food and Drug Administration', 'FDA'],
  ['National Institutes of Health', 'NIH'],
  ['National Aeronautics and Space Administration', 'NASA'],
  ['National Oceanic and Atmospheric Administration', 'NOAA'],
  ['National Weather Service', 'NWS'],
  ['National Transportation Safety Board', 'NTSB'],
  ['Federal Aviation Administration', 'FAA'],
  ['Transportation Security Administration', 'TSA'],
  ['Internal Revenue Service', 'IRS'],
  ['Securities and Exchange Commission', 'SEC'],
  ['Federal Communications Commission', 'FCC'],
  ['Federal Trade Commission', 'FTC'],
  ['Federal Reserve', 'Fed'],
  ['U.S. Postal Service', 'USPS', 'Postal Service'],
  ['U.S. Geological Survey', 'USGS'],
  ['Bureau of Land Management', 'BLM'],
  ['Government Accountability Office', 'GAO'],
  ['Congressional Budget Office', 'CBO'],
  ['Colorado Department of Transportation', 'CDOT'],
  ['Texas Department of Transportation', 'TxDOT'],
  ['California Department of Transportation', 'Caltrans'],
  ['Regional Transportation District', 'RTD'],
  ['American Civil Liberties Union', 'ACLU'],
  ['North Atlantic Treaty Organization', 'NATO'],
  ['United Nations', 'UN', 'U.N.'],
  ['European Union', 'EU', 'E.U.'],
  ['World Health Organization', 'WHO'],
  ['International Monetary Fund', 'IMF'],
  ['Organization of the Petroleum Exporting Countries', 'OPEC'],
  ['National Football League', 'NFL'],
  ['National Basketball Association', 'NBA'],
  ['Major League Baseball', 'MLB'],
  ['National Hockey League', 'NHL'],
  ['National Collegiate Athletic Association', 'NCAA'],
  ['Major League Soccer', 'MLS'],
  ["Women's National Basketball Association", 'WNBA'],
  ['The Associated Press', 'AP', 'Associated Press'],
  ['Agence France-Presse', 'AFP'],
  ['Reuters'],
  ['British Broadcasting Corporation', 'BBC'],
  ['Bank of England', 'BoE'],
  ['Bank of Japan', 'BOJ', 'BoJ'],
  ['European Central Bank', 'ECB'],
  ['The Kremlin', 'Kremlin'],
  ['U.S. Congress', 'Congress'],
  ['Parliament'],
  ['House of Commons'],
  ['House of Lords'],
  ['Facebook'],
  ['Instagram'],
  ['LinkedIn'],
  ['YouTube'],
  ['TikTok'],
  ['Google'],
  ['Microsoft'],
  ['Tesla'],
  ['Netflix'],
  ['Walmart'],
  ['The White House', 'White House'],
  ['The Pentagon', 'Pentagon']
]

const byName = new Map<string, KnownOrganization>()
for (const [name, ...alternateNames] of known) {
  const organization: KnownOrganization = {name, alternateNames}
  for (const form of [name, ...alternateNames]) byName.set(organizationKey(form), organization)
}

/** A known organization by any of its names (`ICE`, `Immigration and Customs Enforcement`). */
export function knownOrganization(name: string): KnownOrganization | undefined {
  return byName.get(organizationKey(name))
}

/** The key two names of one organization share: `The U.S. State Department` → `state department`. */
export function organizationKey(name: string): string {
  let lower = name.toLowerCase()
  if (lower.startsWith('the ')) lower = lower.slice(4)
  if (lower.startsWith('u.s. ')) lower = lower.slice(5)
  return lower
}

/** `ICE`, `U.N.`, `AT&T`: an acronym (2 to 8 capitals, dots or `&`). */
export function isAcronym(text: string): boolean {
  if (text.length < 2 || text.length > 8) return false
  // (A loop over the codes, not an upper-cased copy and a pattern: it is asked of most capitalized words, and most fail at their second letter.)
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (!((code >= 65 && code <= 90) || code === 46 || code === 38)) return false
  }
  return true
}

/**
 * Broadcasters: US call letters (`KDVR`, `WCIA`) and channel brands
 * (`FOX31`, `9NEWS`, `KARE 11`).
 */
export function isBroadcaster(text: string): boolean {
  return /^[KW][A-Z]{2,3}(?:-TV)?$/.test(text) || /^(?:[A-Z]{2,}\d{1,2}|\d{1,2}[A-Z]{3,})$/.test(text)
}

const corporateSuffixes = wordsOf(Word.CorporateSuffix)

// Nouns that refer back to an organization, and words of the names they fit.
const referents: ReadonlyMap<string, readonly string[]> = new Map([
  ['department', ['department', 'dept.']],
  ['agency', ['agency', 'administration', 'service', 'bureau', 'enforcement', 'protection', 'commission']],
  ['office', ['office']],
  ['company', [...corporateSuffixes, 'group']],
  ['firm', [...corporateSuffixes, 'group', 'partners']],
  ['university', ['university', 'college']],
  ['school', ['school', 'schools', 'academy']],
  ['district', ['district', 'schools']],
  ['ministry', ['ministry']],
  ['council', ['council']],
  ['board', ['board']],
  ['commission', ['commission']],
  ['committee', ['committee']],
  ['coalition', ['coalition']],
  ['association', ['association']],
  ['union', ['union']],
  ['team', ['fc']],
  ['club', ['club', 'fc']],
  ['hospital', ['hospital', 'health', 'medical']],
  ['utility', ['utility', 'utilities', 'water', 'energy', 'power']],
  ['bank', ['bank', 'reserve']],
  ['government', ['government', 'ministry', 'kremlin']],
  ['organization', ['organization', 'organisation', 'foundation', 'institute']],
  ['group', ['group', 'coalition', 'alliance', 'network']],
  ['cooperative', ['cooperative', 'co-op']],
  ['startup', [...corporateSuffixes, 'labs', 'technologies']],
  ['statement', []],
  ['league', ['league']],
  ['police', ['police']],
  ['patrol', ['patrol']],
  ['service', ['service']]
])

/**
 * Words of the organization names a referring noun fits: `the company` for
 * `Acme Corp.`, `the district` for `Denver Public Schools`. An empty list
 * fits any organization (`the statement`); `undefined` when the noun refers
 * to none.
 */
export function organizationReferent(noun: string): readonly string[] | undefined {
  return referents.get(noun)
}
