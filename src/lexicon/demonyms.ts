/**
 * Demonyms and words of peoples, faiths and regions: `Italian`, `Sri
 * Lankan`, `Kurds`, `Catholic`. Written like names, they name no person or
 * organization, and before a name they describe it (`Italian striker Marco
 * Bellini`, `Austrian Judith Wiesner`): a closed class written here.
 */

// Nationalities, one per country or territory news names (adjective form).
const nationalities =
  'afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian azerbaijani ' +
  'bahamian bahraini bangladeshi barbadian belarusian belgian belizean beninese bhutanese bolivian bosnian botswanan ' +
  'brazilian british bruneian bulgarian burkinabe burmese burundian cambodian cameroonian canadian chadian chilean ' +
  'chinese colombian comoran congolese croatian cuban cypriot czech danish djiboutian dominican dutch ecuadorean ' +
  'ecuadorian egyptian emirati english eritrean estonian ethiopian fijian filipino finnish french gabonese gambian ' +
  'georgian german ghanaian greek grenadian guatemalan guinean guyanese haitian honduran hungarian icelandic indian ' +
  'indonesian iranian iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovar ' +
  'kuwaiti kyrgyz laotian latvian lebanese liberian libyan lithuanian luxembourgish macedonian malagasy malawian ' +
  'malaysian maldivian malian maltese mauritanian mauritian mexican moldovan monegasque mongolian montenegrin ' +
  'moroccan mozambican namibian nepalese nepali nicaraguan nigerian nigerien norwegian omani pakistani palestinian ' +
  'panamanian paraguayan peruvian polish portuguese qatari romanian russian rwandan salvadoran samoan saudi ' +
  'scottish senegalese serbian seychellois singaporean slovak slovakian slovenian somali spanish sudanese surinamese ' +
  'swazi swedish swiss syrian taiwanese tajik tanzanian thai togolese tongan trinidadian tunisian turkish turkmen ' +
  'ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni yugoslav zairean zambian zimbabwean ' +
  // Nouns for one person of a nation: `the Briton`, `a Dane`.
  'briton dane finn pole swede scot turk spaniard frenchman frenchwoman englishman englishwoman dutchman dutchwoman ' +
  'irishman irishwoman welshman kiwi aussie'

// Two-word nationalities: `South African`, `Sri Lankan`.
const compoundNationalities = [
  'south african', 'south korean', 'north korean', 'sri lankan', 'new zealand', 'costa rican', 'puerto rican',
  'el salvadoran', 'sierra leonean', 'saudi arabian', 'south sudanese', 'east timorese', 'papua new guinean',
  'central african', 'west african', 'east african', 'north african', 'south american', 'north american',
  'latin american', 'middle eastern', 'far eastern', 'east german', 'west german', 'roman catholic', 'african american',
  'new zealander'
]

// Peoples, faiths, regions and political families.
const peoples =
  'african asian european arab arabian latin hispanic caribbean scandinavian nordic baltic balkan slav slavic ' +
  'western eastern northern southern oriental pacific atlantic mediterranean ' +
  'kurd kurdish serb croat bosniak moslem muslim islamic islamist christian catholic protestant orthodox anglican ' +
  'lutheran methodist baptist evangelical jewish jew hindu sikh buddhist shi\'ite shiite sunni tamil sinhalese ' +
  'hutu tutsi pashtun tajik uzbek basque catalan flemish walloon chechen ingush ossetian tatar cossack berber ' +
  'bedouin druze maronite copt coptic maori aboriginal inuit zulu xhosa afrikaner afrikaans kashmiri punjabi bengali ' +
  'gujarati mohajir taliban soviet communist socialist marxist maoist leninist fascist nazi zionist republican ' +
  'democrat democratic conservative liberal labour laborite tory gaullist'

const singles = new Set([...nationalities.split(' '), ...peoples.split(' ')].filter(Boolean))
const compounds = new Set(compoundNationalities)
/** The one-word and two-word forms together: a word is asked of one set, not two (it is asked of most capitalized runs). */
const wholeForms = new Set([...singles, ...compounds])

/** Plural of a demonym noun: `Iraqis`, `Serbs`, `Britons`; `-ese` and `-ish` words take none. */
function singular(lower: string): string | undefined {
  if (!lower.endsWith('s') || lower.endsWith('ss')) return undefined
  if (lower.endsWith('men')) return undefined
  return lower.slice(0, -1)
}

/**
 * Whether a lower-case word (or two-word phrase) is a demonym or a word of
 * a people, faith or region, singular or plural: `italian`, `iraqis`,
 * `sri lankan`, `kurds`. Hyphenated forms count by their parts
 * (`bosnian-serb`, `brazilian-born` does not: `born` is none).
 */
export function isDemonym(lower: string): boolean {
  if (wholeForms.has(lower)) return true
  const one = singular(lower)
  if (one !== undefined && wholeForms.has(one)) return true
  if (lower.endsWith('men') && singles.has(lower.slice(0, -3) + 'man')) return true
  if (lower.includes('-')) return lower.split('-').every((part) => part.length > 0 && (singles.has(part) || (singular(part) !== undefined && singles.has(singular(part)!))))
  return false
}

// First words of the two-word demonyms (`south` of `south african`): a phrase is made and looked up only after one.
const compoundStarts = new Set([...compounds].map((compound) => compound.slice(0, compound.indexOf(' '))))

/**
 * The number of leading words of `words[from]` to `words[to - 1]` (by their
 * `lower` case) that are demonyms: `South African Amanda Coetzer` → 2. It
 * reads a run's tokens where they are: no list of their words is made.
 */
export function demonymPrefixLength(words: readonly {readonly lower: string}[], from = 0, to = words.length): number {
  let at = from
  while (at < to) {
    const word = words[at]!.lower
    // (`south africans`, `sri lankans`: a compound takes the plural too.)
    if (at + 1 < to && compoundStarts.has(word) && isDemonym(word + ' ' + words[at + 1]!.lower)) at += 2
    else if (isDemonym(word)) at++
    else break
  }
  return at - from
}
