/**
 * Countries and dependent territories as GeoNames lists them (countryInfo.txt:
 * ISO code, English short name, population, GeoNames id), plus the other names
 * news copy uses for them.
 *
 * countryInfo.txt ships in no npm package, so the rows are transcribed from it
 * (the copy contemporary with the cities snapshot of 2020-03-18). Population is
 * GeoNames' figure and serves only to rank same-named places. Coordinates live
 * in the gazetteer data file, derived by the build script from GeoNames places.
 */
import {nameKey} from './name-key.js'

/** A country or dependent territory with its own ISO 3166-1 code. */
export interface Country {
  /** ISO 3166-1 alpha-2 code as GeoNames uses it (GB for the United Kingdom, XK for Kosovo). */
  readonly code: string
  /** GeoNames' English short name ("Ivory Coast", "Czechia"). */
  readonly name: string
  readonly geonameId: number
  /** GeoNames' population figure (census years vary by country). */
  readonly population: number
  /**
   * Other names in news use ("U.K.", "Britain", "Burma"). Forms that differ only in
   * case, dots, spacing or accents match anyway ("U.K." covers "UK"), so they are not listed.
   * Ambiguous names are left out on purpose: "America", "Korea", "Congo".
   */
  readonly aliases: readonly string[]
}

function country(code: string, name: string, geonameId: number, population: number, aliases: readonly string[] = []): Country {
  return Object.freeze({code, name, geonameId, population, aliases: Object.freeze(aliases)})
}

/** Every country and territory in GeoNames' countryInfo.txt, by ISO code. */
export const countries: readonly Country[] = Object.freeze([
  //      ISO   name                                            GeoNames id, population, aliases
  country('AD', 'Andorra',                                      3041565, 84_000),
  country('AE', 'United Arab Emirates',                         290557,  4_975_593,     ['U.A.E.']),
  country('AF', 'Afghanistan',                                  1149361, 29_121_286),
  country('AG', 'Antigua and Barbuda',                          3576396, 86_754),
  country('AI', 'Anguilla',                                     3573511, 13_254),
  country('AL', 'Albania',                                      783754,  2_986_952),
  country('AM', 'Armenia',                                      174982,  2_968_000),
  country('AO', 'Angola',                                       3351879, 13_068_161),
  country('AQ', 'Antarctica',                                   6697173, 0),
  country('AR', 'Argentina',                                    3865483, 41_343_201),
  country('AS', 'American Samoa',                               5880801, 57_881),
  country('AT', 'Austria',                                      2782113, 8_205_000),
  country('AU', 'Australia',                                    2077456, 21_515_754),
  country('AW', 'Aruba',                                        3577279, 71_566),
  country('AX', 'Aland Islands',                                661882,  26_711,        ['Åland']),
  country('AZ', 'Azerbaijan',                                   587116,  8_303_512),
  country('BA', 'Bosnia and Herzegovina',                       3277605, 4_590_000,     ['Bosnia', 'Bosnia-Herzegovina']),
  country('BB', 'Barbados',                                     3374084, 285_653),
  country('BD', 'Bangladesh',                                   1210997, 156_118_464),
  country('BE', 'Belgium',                                      2802361, 10_403_000),
  country('BF', 'Burkina Faso',                                 2361809, 16_241_811),
  country('BG', 'Bulgaria',                                     732800,  7_000_039),
  country('BH', 'Bahrain',                                      290291,  738_004),
  country('BI', 'Burundi',                                      433561,  9_863_117),
  country('BJ', 'Benin',                                        2395170, 9_056_010),
  country('BL', 'Saint Barthelemy',                             3578476, 8_450,         ['St. Barts']),
  country('BM', 'Bermuda',                                      3573345, 65_365),
  country('BN', 'Brunei',                                       1820814, 395_027,       ['Brunei Darussalam']),
  country('BO', 'Bolivia',                                      3923057, 9_947_418),
  country('BQ', 'Bonaire, Saint Eustatius and Saba',            7626844, 18_012,        ['Caribbean Netherlands']),
  country('BR', 'Brazil',                                       3469034, 201_103_330),
  country('BS', 'Bahamas',                                      3572887, 301_790,       ['The Bahamas']),
  country('BT', 'Bhutan',                                       1252634, 699_847),
  country('BV', 'Bouvet Island',                                3371123, 0),
  country('BW', 'Botswana',                                     933860,  2_029_307),
  country('BY', 'Belarus',                                      630336,  9_685_000),
  country('BZ', 'Belize',                                       3582678, 314_522),
  country('CA', 'Canada',                                       6251999, 33_679_000),
  country('CC', 'Cocos Islands',                                1547376, 628,           ['Cocos (Keeling) Islands']),
  country('CD', 'Democratic Republic of the Congo',             203312,  70_916_439,    ['DR Congo', 'DRC', 'Congo-Kinshasa']),
  country('CF', 'Central African Republic',                     239880,  4_844_927),
  country('CG', 'Republic of the Congo',                        2260494, 3_039_126,     ['Congo-Brazzaville']),
  country('CH', 'Switzerland',                                  2658434, 8_484_100),
  country('CI', 'Ivory Coast',                                  2287781, 21_058_798,    ["Côte d'Ivoire"]),
  country('CK', 'Cook Islands',                                 1899402, 21_388),
  country('CL', 'Chile',                                        3895114, 16_746_491),
  country('CM', 'Cameroon',                                     2233387, 19_294_149),
  country('CN', 'China',                                        1814991, 1_330_044_000, ["People's Republic of China", 'PRC']),
  country('CO', 'Colombia',                                     3686110, 47_790_000),
  country('CR', 'Costa Rica',                                   3624060, 4_516_220),
  country('CU', 'Cuba',                                         3562981, 11_423_000),
  country('CV', 'Cabo Verde',                                   3374766, 508_659,       ['Cape Verde']),
  country('CW', 'Curacao',                                      7626836, 141_766),
  country('CX', 'Christmas Island',                             2078138, 1_500),
  country('CY', 'Cyprus',                                       146669,  1_102_677),
  country('CZ', 'Czechia',                                      3077311, 10_476_000,    ['Czech Republic']),
  country('DE', 'Germany',                                      2921044, 81_802_257),
  country('DJ', 'Djibouti',                                     223816,  740_528),
  country('DK', 'Denmark',                                      2623032, 5_484_000),
  country('DM', 'Dominica',                                     3575830, 72_813),
  country('DO', 'Dominican Republic',                           3508796, 9_823_821),
  country('DZ', 'Algeria',                                      2589581, 34_586_184),
  country('EC', 'Ecuador',                                      3658394, 14_790_608),
  country('EE', 'Estonia',                                      453733,  1_291_170),
  country('EG', 'Egypt',                                        357994,  80_471_869),
  country('EH', 'Western Sahara',                               2461445, 273_008),
  country('ER', 'Eritrea',                                      338010,  5_792_984),
  country('ES', 'Spain',                                        2510769, 46_505_963),
  country('ET', 'Ethiopia',                                     337996,  88_013_491),
  country('FI', 'Finland',                                      660013,  5_244_000),
  country('FJ', 'Fiji',                                         2205218, 875_983),
  country('FK', 'Falkland Islands',                             3474414, 2_638,         ['Falklands']),
  country('FM', 'Micronesia',                                   2081918, 107_708,       ['Federated States of Micronesia']),
  country('FO', 'Faroe Islands',                                2622320, 48_228),
  country('FR', 'France',                                       3017382, 64_768_389),
  country('GA', 'Gabon',                                        2400553, 1_545_255),
  country('GB', 'United Kingdom',                               2635167, 62_348_447,    ['U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland']),
  country('GD', 'Grenada',                                      3580239, 107_818),
  country('GE', 'Georgia',                                      614540,  4_630_000),
  country('GF', 'French Guiana',                                3381670, 195_506),
  country('GG', 'Guernsey',                                     3042362, 65_228),
  country('GH', 'Ghana',                                        2300660, 24_339_838),
  country('GI', 'Gibraltar',                                    2411586, 27_884),
  country('GL', 'Greenland',                                    3425505, 56_375),
  country('GM', 'Gambia',                                       2413451, 1_593_256,     ['The Gambia']),
  country('GN', 'Guinea',                                       2420477, 10_324_025),
  country('GP', 'Guadeloupe',                                   3579143, 443_000),
  country('GQ', 'Equatorial Guinea',                            2309096, 1_014_999),
  country('GR', 'Greece',                                       390903,  11_000_000),
  country('GS', 'South Georgia and the South Sandwich Islands', 3474415, 30),
  country('GT', 'Guatemala',                                    3595528, 13_550_440),
  country('GU', 'Guam',                                         4043988, 159_358),
  country('GW', 'Guinea-Bissau',                                2372248, 1_565_126),
  country('GY', 'Guyana',                                       3378535, 748_486),
  country('HK', 'Hong Kong',                                    1819730, 6_898_686),
  country('HM', 'Heard Island and McDonald Islands',            1547314, 0),
  country('HN', 'Honduras',                                     3608932, 7_989_415),
  country('HR', 'Croatia',                                      3202326, 4_284_889),
  country('HT', 'Haiti',                                        3723988, 9_648_924),
  country('HU', 'Hungary',                                      719819,  9_982_000),
  country('ID', 'Indonesia',                                    1643084, 242_968_342),
  country('IE', 'Ireland',                                      2963597, 4_622_917,     ['Republic of Ireland']),
  country('IL', 'Israel',                                       294640,  7_353_985),
  country('IM', 'Isle of Man',                                  3042225, 75_049),
  country('IN', 'India',                                        1269750, 1_173_108_018),
  country('IO', 'British Indian Ocean Territory',               1282588, 4_000),
  country('IQ', 'Iraq',                                         99237,   29_671_605),
  country('IR', 'Iran',                                         130758,  76_923_300),
  country('IS', 'Iceland',                                      2629691, 308_910),
  country('IT', 'Italy',                                        3175395, 60_340_328),
  country('JE', 'Jersey',                                       3042142, 90_812),
  country('JM', 'Jamaica',                                      3489940, 2_847_232),
  country('JO', 'Jordan',                                       248816,  6_407_085),
  country('JP', 'Japan',                                        1861060, 127_288_000),
  country('KE', 'Kenya',                                        192950,  40_046_566),
  country('KG', 'Kyrgyzstan',                                   1527747, 5_776_500),
  country('KH', 'Cambodia',                                     1831722, 14_453_680),
  country('KI', 'Kiribati',                                     4030945, 92_533),
  country('KM', 'Comoros',                                      921929,  773_407),
  country('KN', 'Saint Kitts and Nevis',                        3575174, 51_134),
  country('KP', 'North Korea',                                  1873107, 22_912_177,    ["Democratic People's Republic of Korea", 'DPRK']),
  country('KR', 'South Korea',                                  1835841, 48_422_644,    ['Republic of Korea', 'Korea, Republic of']),
  country('KW', 'Kuwait',                                       285570,  2_789_132),
  country('KY', 'Cayman Islands',                               3580718, 44_270),
  country('KZ', 'Kazakhstan',                                   1522867, 15_340_000),
  country('LA', 'Laos',                                         1655842, 6_368_162,     ["Lao People's Democratic Republic"]),
  country('LB', 'Lebanon',                                      272103,  4_125_247),
  country('LC', 'Saint Lucia',                                  3576468, 160_922),
  country('LI', 'Liechtenstein',                                3042058, 35_000),
  country('LK', 'Sri Lanka',                                    1227603, 21_513_990),
  country('LR', 'Liberia',                                      2275384, 3_685_076),
  country('LS', 'Lesotho',                                      932692,  1_919_552),
  country('LT', 'Lithuania',                                    597427,  2_944_459),
  country('LU', 'Luxembourg',                                   2960313, 497_538),
  country('LV', 'Latvia',                                       458258,  2_217_969),
  country('LY', 'Libya',                                        2215636, 6_461_454),
  country('MA', 'Morocco',                                      2542007, 33_848_242),
  country('MC', 'Monaco',                                       2993457, 32_965),
  country('MD', 'Moldova',                                      617790,  4_324_000,     ['Republic of Moldova']),
  country('ME', 'Montenegro',                                   3194884, 666_730),
  country('MF', 'Saint Martin',                                 3578421, 35_925),
  country('MG', 'Madagascar',                                   1062947, 21_281_844),
  country('MH', 'Marshall Islands',                             2080185, 65_859),
  country('MK', 'North Macedonia',                              718075,  2_062_294,     ['Macedonia']),
  country('ML', 'Mali',                                         2453866, 13_796_354),
  country('MM', 'Myanmar',                                      1327865, 53_414_374,    ['Burma']),
  country('MN', 'Mongolia',                                     2029969, 3_086_918),
  country('MO', 'Macao',                                        1821275, 449_198,       ['Macau']),
  country('MP', 'Northern Mariana Islands',                     4041468, 53_883),
  country('MQ', 'Martinique',                                   3570311, 432_900),
  country('MR', 'Mauritania',                                   2378080, 3_205_060),
  country('MS', 'Montserrat',                                   3578097, 9_341),
  country('MT', 'Malta',                                        2562770, 403_000),
  country('MU', 'Mauritius',                                    934292,  1_294_104),
  country('MV', 'Maldives',                                     1282028, 395_650),
  country('MW', 'Malawi',                                       927384,  17_563_749),
  country('MX', 'Mexico',                                       3996063, 112_468_855),
  country('MY', 'Malaysia',                                     1733045, 28_274_729),
  country('MZ', 'Mozambique',                                   1036973, 22_061_451),
  country('NA', 'Namibia',                                      3355338, 2_128_471),
  country('NC', 'New Caledonia',                                2139685, 216_494),
  country('NE', 'Niger',                                        2440476, 15_878_271),
  country('NF', 'Norfolk Island',                               2155115, 1_828),
  country('NG', 'Nigeria',                                      2328926, 154_000_000),
  country('NI', 'Nicaragua',                                    3617476, 5_995_928),
  country('NL', 'Netherlands',                                  2750405, 16_645_000,    ['The Netherlands', 'Holland']),
  country('NO', 'Norway',                                       3144096, 5_009_150),
  country('NP', 'Nepal',                                        1282988, 28_951_852),
  country('NR', 'Nauru',                                        2110425, 10_065),
  country('NU', 'Niue',                                         4036232, 2_166),
  country('NZ', 'New Zealand',                                  2186224, 4_252_277),
  country('OM', 'Oman',                                         286963,  2_967_717),
  country('PA', 'Panama',                                       3703430, 3_410_676),
  country('PE', 'Peru',                                         3932488, 29_907_003),
  country('PF', 'French Polynesia',                             4030656, 270_485),
  country('PG', 'Papua New Guinea',                             2088628, 6_064_515),
  country('PH', 'Philippines',                                  1694008, 99_900_177,    ['The Philippines']),
  country('PK', 'Pakistan',                                     1168579, 184_404_791),
  country('PL', 'Poland',                                       798544,  38_500_000),
  country('PM', 'Saint Pierre and Miquelon',                    3424932, 7_012),
  country('PN', 'Pitcairn',                                     4030699, 46,            ['Pitcairn Islands']),
  country('PR', 'Puerto Rico',                                  4566966, 3_916_632),
  country('PS', 'Palestinian Territory',                        6254930, 3_800_000,     ['Palestine', 'Palestinian Territories', 'State of Palestine']),
  country('PT', 'Portugal',                                     2264397, 10_676_000),
  country('PW', 'Palau',                                        1559582, 19_907),
  country('PY', 'Paraguay',                                     3437598, 6_375_830),
  country('QA', 'Qatar',                                        289688,  840_926),
  country('RE', 'Reunion',                                      935317,  776_948),
  country('RO', 'Romania',                                      798549,  21_959_278),
  country('RS', 'Serbia',                                       6290252, 7_344_847),
  country('RU', 'Russia',                                       2017370, 140_702_000,   ['Russian Federation']),
  country('RW', 'Rwanda',                                       49518,   11_055_976),
  country('SA', 'Saudi Arabia',                                 102358,  25_731_776),
  country('SB', 'Solomon Islands',                              2103350, 559_198),
  country('SC', 'Seychelles',                                   241170,  88_340),
  country('SD', 'Sudan',                                        366755,  35_000_000),
  country('SE', 'Sweden',                                       2661886, 9_828_655),
  country('SG', 'Singapore',                                    1880251, 4_701_069),
  country('SH', 'Saint Helena',                                 3370751, 7_460),
  country('SI', 'Slovenia',                                     3190538, 2_007_000),
  country('SJ', 'Svalbard and Jan Mayen',                       607072,  2_550),
  country('SK', 'Slovakia',                                     3057568, 5_455_000),
  country('SL', 'Sierra Leone',                                 2403846, 5_245_695),
  country('SM', 'San Marino',                                   3168068, 31_477),
  country('SN', 'Senegal',                                      2245662, 12_323_252),
  country('SO', 'Somalia',                                      51537,   10_112_453),
  country('SR', 'Suriname',                                     3382998, 492_829),
  country('SS', 'South Sudan',                                  7909807, 8_260_490),
  country('ST', 'Sao Tome and Principe',                        2410758, 197_700),
  country('SV', 'El Salvador',                                  3585968, 6_052_064),
  country('SX', 'Sint Maarten',                                 7609695, 37_429),
  country('SY', 'Syria',                                        163843,  22_198_110,    ['Syrian Arab Republic']),
  country('SZ', 'Eswatini',                                     934841,  1_354_051,     ['Swaziland']),
  country('TC', 'Turks and Caicos Islands',                     3576916, 20_556),
  country('TD', 'Chad',                                         2434508, 10_543_464),
  country('TF', 'French Southern Territories',                  1546748, 140),
  country('TG', 'Togo',                                         2363686, 6_587_239),
  country('TH', 'Thailand',                                     1605651, 67_089_500),
  country('TJ', 'Tajikistan',                                   1220409, 7_487_489),
  country('TK', 'Tokelau',                                      4031074, 1_466),
  country('TL', 'Timor Leste',                                  1966436, 1_154_625,     ['East Timor']),
  country('TM', 'Turkmenistan',                                 1218197, 4_940_916),
  country('TN', 'Tunisia',                                      2464461, 10_589_025),
  country('TO', 'Tonga',                                        4032283, 122_580),
  country('TR', 'Turkey',                                       298795,  77_804_122,    ['Türkiye']),
  country('TT', 'Trinidad and Tobago',                          3573591, 1_328_019),
  country('TV', 'Tuvalu',                                       2110297, 10_472),
  country('TW', 'Taiwan',                                       1668284, 22_894_384),
  country('TZ', 'Tanzania',                                     149590,  41_892_895,    ['United Republic of Tanzania']),
  country('UA', 'Ukraine',                                      690791,  45_415_596),
  country('UG', 'Uganda',                                       226074,  33_398_682),
  country('UM', 'United States Minor Outlying Islands',         5854968, 0),
  country('US', 'United States',                                6252001, 310_232_863,   ['U.S.', 'U.S.A.', 'United States of America']),
  country('UY', 'Uruguay',                                      3439705, 3_477_000),
  country('UZ', 'Uzbekistan',                                   1512440, 27_865_738),
  country('VA', 'Vatican',                                      3164670, 921,           ['Vatican City', 'Holy See']),
  country('VC', 'Saint Vincent and the Grenadines',             3577815, 104_217),
  country('VE', 'Venezuela',                                    3625428, 27_223_228),
  country('VG', 'British Virgin Islands',                       3577718, 21_730),
  country('VI', 'U.S. Virgin Islands',                          4796775, 108_708,       ['United States Virgin Islands']),
  country('VN', 'Vietnam',                                      1562822, 89_571_130,    ['Viet Nam']),
  country('VU', 'Vanuatu',                                      2134431, 221_552),
  country('WF', 'Wallis and Futuna',                            4034749, 16_025),
  country('WS', 'Samoa',                                        4034894, 192_001),
  country('XK', 'Kosovo',                                       831053,  1_800_000),
  country('YE', 'Yemen',                                        69543,   23_495_361),
  country('YT', 'Mayotte',                                      1024031, 159_042),
  country('ZA', 'South Africa',                                 953987,  49_000_000),
  country('ZM', 'Zambia',                                       895949,  13_460_305),
  country('ZW', 'Zimbabwe',                                     878675,  13_061_000),
])

/** Every name and alias, keyed by {@link nameKey}; a key claimed twice is a table error. */
const countryByNameKey: ReadonlyMap<string, Country> = (() => {
  const byKey = new Map<string, Country>()
  for (const entry of countries) {
    for (const form of [entry.name, ...entry.aliases]) {
      const key = nameKey(form)
      const claimant = byKey.get(key)
      if (claimant !== undefined && claimant !== entry) {
        throw new Error(`Country name "${form}" is claimed by both ${claimant.code} and ${entry.code}`)
      }
      byKey.set(key, entry)
    }
  }
  return byKey
})()

const countryByIsoCode: ReadonlyMap<string, Country> = new Map(countries.map((entry) => [entry.code, entry]))

/**
 * Finds the country a name denotes: GeoNames' name or a listed alias, ignoring
 * case, dots, spacing and accents ("U.S.", "usa", "Britain", "Cote d'Ivoire").
 * ISO codes are not names: "IT" is not looked up as Italy.
 */
export function findCountry(form: string): Country | undefined {
  return countryByNameKey.get(nameKey(form))
}

/** The country with this ISO 3166-1 alpha-2 code, upper case as GeoNames writes it ("GB"). */
export function countryByCode(code: string): Country | undefined {
  return countryByIsoCode.get(code)
}
