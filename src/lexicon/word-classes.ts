/**
 * The closed word classes extraction reads, in one table: every extractor
 * asks this table (through a token's `tags`, computed once when the token is
 * made) instead of keeping a list of its own, so no two copies can drift.
 * Open classes (common words, given names) are data: see words.ts.
 */
import {roleWords} from './descriptors.js'
import {speechVerbForms} from './speech-verbs.js'
import {titleForms} from './titles.js'

/**
 * Word classes as bits of a token's `tags`. A word may be in several
 * (`of` is a joiner, a function word and a preposition).
 */
export const Word = {
  /** A one-word title form: `mayor`, `gov.`, `sen.`. */
  Title: 1 << 0,
  /** A title or job word: `mayor`, `manager`, `spokeswoman`. */
  Role: 1 << 1,
  /** A month, written out or abbreviated with a period: `march`, `sept.`. */
  Month: 1 << 2,
  /** A day of the week: `monday`. */
  Weekday: 1 << 3,
  /** Capitalized words that never start a name: months and days (not `may`), `I`, `God`. */
  NotAName: 1 << 4,
  /** A word of a date or time stamp: `jan`, `tues`, `pm`, `updated`. */
  DateWord: 1 << 5,
  /** Words that keep their period (`Gov.`, `Calif.`, `Ave.`), written bare. */
  Abbreviation: 1 << 6,
  /** Lower-case words that may join capitalized words into one name: `of`, `and`, `for`. */
  Joiner: 1 << 7,
  /** Articles, prepositions, conjunctions, auxiliaries: never the start or inside of a name. */
  FunctionWord: 1 << 8,
  /** Company suffixes: `inc.`, `corp.`, `llc`. */
  CorporateSuffix: 1 << 9,
  /** Words that end or head an organization's name: `department`, `university`. */
  OrganizationHead: 1 << 10,
  /** Subjects official names join with `and`: `fish` of `Fish and Game`. */
  AgencySubject: 1 << 11,
  /** Any form of a verb that introduces a quotation: `said`, `tells`, `adding`. */
  SpeechVerb: 1 << 12,
  /** Verbs whose object is the listener, not the speaker: `told`, `asked`. */
  ListenerVerb: 1 << 13,
  /** Lower-case particles inside names: `van`, `de`, `ibn`. */
  NameParticle: 1 << 14,
  /** Pronouns that can say something: `he`, `she`, `they`, `it`, `we`. */
  SubjectPronoun: 1 << 15,
  MalePronoun: 1 << 16,
  FemalePronoun: 1 << 17,
  /** `a`, `an`, `the`. */
  Article: 1 << 18,
  /** Words that open a noun phrase: `the`, `his`, `another`, `this`. */
  Determiner: 1 << 19,
  /** Determiners of someone not named: `a`, `another`, `some`. */
  Indefinite: 1 << 20,
  /** Prepositions that end the head of a phrase: `of`, `at`, `for`. */
  Preposition: 1 << 21,
  /** Words that open a lead-in before a clause's subject: `in`, `after`, `meanwhile` (and the days). */
  LeadIn: 1 << 22,
  /** Lower-case words that may open a title before a name: `state`, `former`, `acting`. */
  TitleModifier: 1 << 23,
  /** Words that end the head noun of an appositive: `at`, `who`, `said`. */
  AppositiveStop: 1 << 24,
  /** Adverbs and auxiliaries between a name and its speech verb: `also`, `later`, `has`. */
  CueAdverb: 1 << 25,
  /** Number words: `three`, `forty`, `hundreds`. */
  Number: 1 << 26,
  /** Last words of names of streets, parks and areas: `avenue`, `park`, `county`. */
  PlaceHead: 1 << 27,
  /** Last words of club names after a place: `united`, `rovers`, `heat`. */
  TeamWord: 1 << 28,
  /** Words Title Case leaves in lower case: `of`, `and`, `the`. */
  MinorWord: 1 << 29,
  /** Dashes that set off an attribution: `—`, `–`, `-`. */
  Dash: 1 << 30,
  /** Relative pronouns that open an aside: `who`, `which`, `whose`. */
  Relative: 1 << 31
} as const

/** One word class (a single bit) or a union of several. */
export type WordClass = number

// Months by full name and abbreviations. `May` is also a given name and a
// surname (`Theresa May`), so it alone may start a name.
const months: ReadonlyArray<readonly [string, ...string[]]> = [
  ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
  ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']
]
const alsoNames = new Set(['may'])
const weekdays: ReadonlyArray<readonly [string, ...string[]]> = [
  ['monday', 'mon'], ['tuesday', 'tue', 'tues'], ['wednesday', 'wed'], ['thursday', 'thu', 'thur', 'thurs'],
  ['friday', 'fri'], ['saturday', 'sat'], ['sunday', 'sun']
]

// Each row: the classes, and the words (lower case, space-separated) that have them.
const rows: ReadonlyArray<readonly [WordClass, string]> = [
  [Word.NotAName, "i i'm i've i'd i'll god"],
  [Word.DateWord, 'am pm a.m p.m updated published posted at on et mt ct pt utc'],
  [
    Word.Abbreviation,
    'mr mrs ms dr sr jr st ste ft mt gov sen rep reps sens lt sgt capt cmdr col gen maj det insp supt prof rev hon ' +
      'pres atty co corp inc ltd no vs ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss ' +
      'mo mont neb nev okla ore pa tenn vt va wash wis wyo tex penn ave blvd rd dept'
  ],
  [Word.Joiner, 'of and & for the on'],
  [
    Word.FunctionWord,
    'the a an about for with from at in on by to of and or but as if when while after before during since under over ' +
      'into through like this that these those who which is was are were has had have will would not'
  ],
  // International forms too: `Volkswagen AG`, `Atria Oy`, `Cofinec S.A.`, `Boeing Co`.
  [Word.CorporateSuffix, 'inc. inc corp. corp corporation company co. co llc ltd. ltd limited plc ag gmbh s.a. sa n.v. nv b.v. bv s.p.a. spa ab asa oy oyj bhd pte pty kk llp lp l.p. bros bros.'],
  [
    Word.OrganizationHead,
    'academy administration agency alliance army assembly association authority bank board bureau cabinet caucus center ' +
      'centre chamber church clinic club co. coalition college commission committee company conference congress corp. ' +
      'corporation council court department district division exchange federation force foundation fund group guard ' +
      'hospital inc. inc institute league legislature library llc ltd. ministry museum navy network office organization ' +
      'organisation parliament partnership party patrol police press reserve school schools service services society ' +
      'senate survey system tribunal trust union university utilities utility works fc ' +
      // Legislative chambers: `House of Representatives`, `House of Commons`.
      'representatives commons lords delegates ' +
      // Companies, utilities and publications.
      'advocates airlines capital cooperative co-op electric energy gazette health healthcare herald holdings industries ' +
      'insurance journal keepers labs lodge magazine media motors news partners power records research review solutions ' +
      'sport sports studios technologies times tribune ventures water treasury logistics cross pharmaceuticals airways ' +
      'bancorp brands foods recovery workers securities minerals management advisors advisers semiconductor mutual ' +
      // Industries that end company names: `Javedan Cement`, `Pirelli Cables`, `Sun Microsystems` (no surnames: not `Mills`, `Steel`).
      'cement cables textiles tannery microsystems systems controls restaurants apparel petroleum chemicals electronics ' +
      'mining resources communications telecom telecommunications software computers shipping breweries pharmaceutical ' +
      'properties investments development airline ' +
      // International corporate suffixes (also in CorporateSuffix): `Atria Oy`, `Audi AG`.
      'corp co ltd limited plc ag gmbh s.a. sa n.v. nv b.v. bv s.p.a. spa ab asa oy oyj bhd pte pty kk llp ' +
      // Newsrooms and outlets: `Sydney Newsroom`, `China Daily`, `Algeria TV`.
      'newsroom newsdesk desk daily tv television radio telegraph courier observer chronicle ' +
      'lp l.p. bros bros. laboratories laboratory managers corps brigade observatory ' +
      'post standard globe mail mirror inquirer examiner bulletin dispatch monitor diario front pictures command movement'
  ],
  [
    Word.AgencySubject,
    'aging commerce conservation corrections culture development disability economic employment energy environment ' +
      'environmental families family fish fisheries food game human industry infrastructure markets mines natural oceans ' +
      'parks prevention professional public recreation rehabilitation safety space taxation technology tourism trade ' +
      'training urban wildlife workforce'
  ],
  [Word.ListenerVerb, 'tell tells told telling ask asks asked asking inform informed remind reminded urge urged assure assured'],
  [Word.NameParticle, 'de del della der da di du la le van von bin ibn al el dos das dal den ter wa'],
  [Word.SubjectPronoun, 'he she they it we'],
  [Word.MalePronoun, 'he him his himself'],
  [Word.FemalePronoun, 'she her hers herself'],
  [Word.Article, 'a an the'],
  [Word.Determiner, 'the a an his her their its our another one this that'],
  [Word.Indefinite, 'a an another one some'],
  [Word.Preposition, 'of at for with from in on'],
  [
    Word.LeadIn,
    'in on at after before during for with later earlier meanwhile however still instead asked speaking writing since ' +
      'when while as but and yet also then now today yesterday tonight'
  ],
  [Word.TitleModifier, 'state former acting interim deputy senior assistant associate longtime veteran rookie head county city federal u.s.'],
  [Word.AppositiveStop, 'at of for in on with from near who which that and to by the a an said says'],
  [Word.CueAdverb, 'also later then again previously once further recently repeatedly quickly simply flatly bluntly often has had have'],
  [
    Word.Number,
    'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety ' +
      'hundred dozens hundreds thousands'
  ],
  [
    Word.PlaceHead,
    'avenue ave. street st. road rd. boulevard blvd. drive lane way highway interstate park stadium arena field pass lake ' +
      'river creek canyon valley mountain mountains peak county parish borough heights bridge airport square plaza trail ' +
      'island islands bay harbor harbour hall building tower center centre mall station range forest'
  ],
  [
    Word.TeamWord,
    'city united fc athletic rovers wanderers albion hotspur county town villa sox ' +
      // North American teams with a singular name: `Miami Heat`, `Seattle Kraken`, `Minnesota Wild`.
      'heat magic jazz thunder wild lightning avalanche kraken fire sky sun storm dream fever liberty mercury lynx galaxy ' +
      'crew dynamo revolution union courage reign spirit pride current wave'
  ],
  [Word.MinorWord, 'a an the of and in on for to at or with'],
  [Word.Dash, '— – - ― --'],
  [Word.Relative, 'who which whose']
]

const table = new Map<string, number>()
const add = (word: string, classes: WordClass) => table.set(word, (table.get(word) ?? 0) | classes)

for (const [classes, words] of rows) for (const word of words.split(' ')) add(word, classes)
const monthNumbers = new Map<string, number>()
for (const [index, [name, ...abbreviations]] of months.entries()) {
  add(name, Word.Month | Word.DateWord | (alsoNames.has(name) ? 0 : Word.NotAName))
  for (const form of [name, ...abbreviations]) monthNumbers.set(form, index + 1)
  for (const short of abbreviations) {
    add(short, Word.DateWord | Word.Abbreviation)
    add(short + '.', Word.Month | Word.NotAName)
  }
}
const weekdayNumbers = new Map<string, number>()
for (const [index, [name, ...abbreviations]] of weekdays.entries()) {
  // 0 is Sunday, as in `Date#getUTCDay`; the table starts on Monday.
  for (const form of [name, ...abbreviations]) weekdayNumbers.set(form, (index + 1) % 7)
  add(name, Word.Weekday | Word.NotAName | Word.DateWord | Word.LeadIn)
  for (const short of abbreviations) add(short, Word.DateWord)
}
for (const form of speechVerbForms) add(form, Word.SpeechVerb)
// Titles and role words are structured tables of their own; their one-word forms are classes too.
for (const form of titleForms) if (!form.includes(' ')) add(form, Word.Title)
for (const word of roleWords) add(word, Word.Role)

/** The classes of a lower-case word, as bits of `Word`; 0 when it is in none. */
export function wordClasses(lower: string): WordClass {
  return table.get(lower) ?? 0
}

/** Whether a lower-case word is in any of `classes`. */
export function isWordClass(lower: string, classes: WordClass): boolean {
  return (wordClasses(lower) & classes) !== 0
}

/** The words of the table in any of `classes`, in table order. */
export function wordsOf(classes: WordClass): string[] {
  return [...table].filter(([, tags]) => (tags & classes) !== 0).map(([word]) => word)
}

// Phrases written like names that name no one: weather patterns.
const notNamePhrases = new Set(['el niño', 'la niña', 'el nino', 'la nina'])

/** Whether a lower-case word or phrase is written like a name but is none: `monday`, `el niño`. */
export function isNotAName(lower: string): boolean {
  return notNamePhrases.has(lower) || isWordClass(lower, Word.NotAName)
}

/** The number of a month (1 to 12) from its name or abbreviation in any case, a period after it or not: `Sept.` is 9; `undefined` for any other word. */
export function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase()
  return monthNumbers.get(lower.endsWith('.') ? lower.slice(0, -1) : lower)
}

/** The day of the week (0 for Sunday to 6, as `Date#getUTCDay`) from its name or abbreviation in any case, a period after it or not: `Tues.` is 2; `undefined` for any other word. */
export function weekdayNumber(word: string): number | undefined {
  const lower = word.toLowerCase()
  return weekdayNumbers.get(lower.endsWith('.') ? lower.slice(0, -1) : lower)
}
