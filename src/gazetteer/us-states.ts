/**
 * The 50 US states, the District of Columbia and the five inhabited US
 * territories, with every form newsrooms write them in.
 *
 * GeoNames ids: states and DC are GeoNames admin1 features (admin1CodesASCII.txt,
 * e.g. "US.CO → 5417618"); the territories have their own ISO country code in
 * GeoNames, so their id is the country id from countryInfo.txt (e.g. PR → 4566966).
 * Neither file ships in any npm package, so the ids are transcribed here.
 * Coordinates and population live in the gazetteer data file (see
 * `placeById(state.geonameId)`), which the build script derives from GeoNames places.
 */
import {nameKey} from './name-key.js'

/** A US state, the District of Columbia or an inhabited US territory. */
export interface UsState {
  /** USPS two-letter code, which is also the GeoNames admin1 code of US places ("CO"). */
  readonly postalCode: string
  /** Full name as written in body text ("Colorado"). */
  readonly name: string
  /** AP dateline abbreviation ("Colo."); undefined for names AP never abbreviates. */
  readonly apAbbreviation: string | undefined
  /** Other forms seen in TV and CMS copy ("Tex.", "Penn."); forms that differ only in dots, spacing or case are implied. */
  readonly variants: readonly string[]
  /** GeoNames id of the admin1 feature, or of the territory's country feature. */
  readonly geonameId: number
  readonly kind: 'state' | 'district' | 'territory'
}

function state(
  postalCode: string,
  name: string,
  apAbbreviation: string | undefined,
  geonameId: number,
  variants: readonly string[] = [],
  kind: UsState['kind'] = 'state',
): UsState {
  return Object.freeze({postalCode, name, apAbbreviation, variants: Object.freeze(variants), geonameId, kind})
}

/** Every state, DC and territory, in postal-code order within each kind. */
export const usStates: readonly UsState[] = Object.freeze([
  //    postal  name                      AP          GeoNames id  variants
  state('AL', 'Alabama',                  'Ala.',     4829764),
  state('AK', 'Alaska',                   undefined,  5879092),
  state('AZ', 'Arizona',                  'Ariz.',    5551752),
  state('AR', 'Arkansas',                 'Ark.',     4099753),
  state('CA', 'California',               'Calif.',   5332921,     ['Cal.', 'Cali']),
  state('CO', 'Colorado',                 'Colo.',    5417618),
  state('CT', 'Connecticut',              'Conn.',    4831725),
  state('DE', 'Delaware',                 'Del.',     4142224),
  state('FL', 'Florida',                  'Fla.',     4155751),
  state('GA', 'Georgia',                  'Ga.',      4197000),
  state('HI', 'Hawaii',                   undefined,  5855797,     ['Hawaiʻi']),
  state('ID', 'Idaho',                    undefined,  5596512,     ['Ida.']),
  state('IL', 'Illinois',                 'Ill.',     4896861),
  state('IN', 'Indiana',                  'Ind.',     4921868),
  state('IA', 'Iowa',                     undefined,  4862182),
  state('KS', 'Kansas',                   'Kan.',     4273857,     ['Kans.', 'Kas.']),
  state('KY', 'Kentucky',                 'Ky.',      6254925),
  state('LA', 'Louisiana',                'La.',      4331987),
  state('ME', 'Maine',                    undefined,  4971068),
  state('MD', 'Maryland',                 'Md.',      4361885),
  state('MA', 'Massachusetts',            'Mass.',    6254926),
  state('MI', 'Michigan',                 'Mich.',    5001836),
  state('MN', 'Minnesota',                'Minn.',    5037779),
  state('MS', 'Mississippi',              'Miss.',    4436296),
  state('MO', 'Missouri',                 'Mo.',      4398678),
  state('MT', 'Montana',                  'Mont.',    5667009),
  state('NE', 'Nebraska',                 'Neb.',     5073708,     ['Nebr.']),
  state('NV', 'Nevada',                   'Nev.',     5509151),
  state('NH', 'New Hampshire',            'N.H.',     5090174),
  state('NJ', 'New Jersey',               'N.J.',     5101760),
  state('NM', 'New Mexico',               'N.M.',     5481136,     ['N. Mex.']),
  state('NY', 'New York',                 'N.Y.',     5128638),
  state('NC', 'North Carolina',           'N.C.',     4482348,     ['N. Car.']),
  state('ND', 'North Dakota',             'N.D.',     5690763,     ['N. Dak.']),
  state('OH', 'Ohio',                     undefined,  5165418),
  state('OK', 'Oklahoma',                 'Okla.',    4544379),
  state('OR', 'Oregon',                   'Ore.',     5744337,     ['Oreg.']),
  state('PA', 'Pennsylvania',             'Pa.',      6254927,     ['Penn.', 'Penna.']),
  state('RI', 'Rhode Island',             'R.I.',     5224323),
  state('SC', 'South Carolina',           'S.C.',     4597040,     ['S. Car.']),
  state('SD', 'South Dakota',             'S.D.',     5769223,     ['S. Dak.']),
  state('TN', 'Tennessee',                'Tenn.',    4662168),
  state('TX', 'Texas',                    undefined,  4736286,     ['Tex.']),
  state('UT', 'Utah',                     undefined,  5549030),
  state('VT', 'Vermont',                  'Vt.',      5242283),
  state('VA', 'Virginia',                 'Va.',      6254928),
  state('WA', 'Washington',               'Wash.',    5815135,     ['Washington State', 'Wash. State']),
  state('WV', 'West Virginia',            'W.Va.',    4826850,     ['W. Virginia']),
  state('WI', 'Wisconsin',                'Wis.',     5279468,     ['Wisc.']),
  state('WY', 'Wyoming',                  'Wyo.',     5843591),
  state('DC', 'District of Columbia',     'D.C.',     4138106,     ['Washington, D.C.'], 'district'),
  state('PR', 'Puerto Rico',              undefined,  4566966,     ['P.R.'], 'territory'),
  state('GU', 'Guam',                     undefined,  4043988,     [], 'territory'),
  state('VI', 'U.S. Virgin Islands',      undefined,  4796775,     ['Virgin Islands', 'USVI', 'United States Virgin Islands'], 'territory'),
  state('AS', 'American Samoa',           undefined,  5880801,     ['Am. Samoa'], 'territory'),
  state('MP', 'Northern Mariana Islands', undefined,  4041468,     ['Northern Marianas', 'CNMI'], 'territory'),
])

/** Every form of every state, keyed by {@link nameKey}; a key claimed twice is a table error. */
const stateByFormKey: ReadonlyMap<string, UsState> = (() => {
  const byKey = new Map<string, UsState>()
  for (const usState of usStates) {
    const forms = [usState.postalCode, usState.name, ...usState.variants]
    if (usState.apAbbreviation !== undefined) forms.push(usState.apAbbreviation)
    for (const form of forms) {
      const key = nameKey(form)
      const claimant = byKey.get(key)
      if (claimant !== undefined && claimant !== usState) {
        throw new Error(`US state form "${form}" is claimed by both ${claimant.postalCode} and ${usState.postalCode}`)
      }
      byKey.set(key, usState)
    }
  }
  return byKey
})()

/**
 * Finds the state a dateline or body-text form denotes: postal code ("CO"),
 * AP abbreviation ("Colo."), full name ("Colorado") or a sloppy variant
 * ("Co.", "Colo", "COLO.", "W. Va.", "Penn."), ignoring case, dots and spaces.
 *
 * Two-letter forms are also ordinary words ("in", "me", "ok"), so callers
 * should only ask in a position where a state is expected, such as the
 * part after the comma in a dateline.
 */
export function findUsState(form: string): UsState | undefined {
  return stateByFormKey.get(nameKey(form))
}

const statesByPostalCode: ReadonlyMap<string, UsState> = new Map(usStates.map((usState) => [usState.postalCode, usState]))

/** The state, DC or territory with this USPS code ("CO"), case-sensitive as GeoNames writes it. */
export function usStateByPostalCode(postalCode: string): UsState | undefined {
  return statesByPostalCode.get(postalCode)
}
