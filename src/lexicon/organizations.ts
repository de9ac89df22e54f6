/**
 * Words that end (or head) an organization's name: `Metro Denver Sanctuary
 * Coalition`, `Denver Police Department`, `University of Colorado`.
 */
const headWords = new Set([
  'academy', 'administration', 'agency', 'alliance', 'army', 'assembly', 'association', 'authority',
  'bank', 'board', 'bureau', 'cabinet', 'caucus', 'center', 'centre', 'chamber', 'church', 'clinic',
  'club', 'co.', 'coalition', 'college', 'commission', 'committee', 'company', 'conference', 'congress',
  'corp.', 'corporation', 'council', 'court', 'department', 'district', 'division', 'exchange',
  'federation', 'force', 'foundation', 'fund', 'group', 'guard', 'hospital', 'inc.', 'inc', 'institute',
  'league', 'legislature', 'library', 'llc', 'ltd.', 'ministry', 'museum', 'navy', 'network', 'office',
  'organization', 'organisation', 'parliament', 'partnership', 'party', 'patrol', 'police', 'press',
  'reserve', 'school', 'schools', 'service', 'services', 'society', 'senate', 'survey', 'system',
  'tribunal', 'trust', 'union', 'university', 'utilities', 'utility', 'works', 'fc',
  // Legislative chambers: `House of Representatives`, `House of Commons`.
  'representatives', 'commons', 'lords', 'delegates',
  // Companies, utilities and publications.
  'advocates', 'airlines', 'capital', 'cooperative', 'co-op', 'electric', 'energy', 'gazette', 'health',
  'healthcare', 'herald', 'holdings', 'industries', 'insurance', 'journal', 'keepers', 'labs', 'lodge',
  'magazine', 'media', 'motors', 'news', 'partners', 'power', 'records', 'research', 'review', 'solutions',
  'sport', 'sports', 'studios', 'technologies', 'times', 'tribune', 'ventures', 'water', 'treasury', 'logistics',
  'cross', 'pharmaceuticals', 'airways', 'bancorp', 'brands', 'foods', 'recovery', 'workers',
  'securities', 'minerals', 'management', 'advisors', 'advisers', 'semiconductor', 'mutual'
])

/** Whether a lower-case word ends or heads organization names. */
export function isOrganizationHead(lower: string): boolean {
  return headWords.has(lower)
}

/**
 * Subjects that official names join with `and` (`Department of Fish and
 * Game`, `Housing and Urban Development`, `Parks and Recreation`); other
 * words after `and` start a second name (`Department of Justice and Treasury
 * officials`).
 */
const agencySubjects = new Set([
  'aging', 'commerce', 'conservation', 'corrections', 'culture', 'development', 'disability', 'economic',
  'employment', 'energy', 'environment', 'environmental', 'families', 'family', 'fish', 'fisheries',
  'food', 'game', 'human', 'industry', 'infrastructure', 'markets', 'mines', 'natural', 'oceans', 'parks',
  'prevention', 'professional', 'public', 'recreation', 'rehabilitation', 'safety', 'space', 'taxation',
  'technology', 'tourism', 'trade', 'training', 'urban', 'wildlife', 'workforce'
])

/** Whether a lower-case word can follow `and` inside an official name. */
export function isAgencySubject(lower: string): boolean {
  return agencySubjects.has(lower)
}

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
  return text.length >= 2 && text.length <= 8 && text === text.toUpperCase() && /^[A-Z.&]+$/.test(text)
}

/**
 * Broadcasters: US call letters (`KDVR`, `WCIA`) and channel brands
 * (`FOX31`, `9NEWS`, `KARE 11`).
 */
export function isBroadcaster(text: string): boolean {
  return /^[KW][A-Z]{2,3}(?:-TV)?$/.test(text) || /^(?:[A-Z]{2,}\d{1,2}|\d{1,2}[A-Z]{3,})$/.test(text)
}
