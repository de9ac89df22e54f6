import type {Gender} from './words.js'

/** A title that can stand before a name: `Mayor`, `Gov.`, `Police Chief`. */
export interface Title {
  /** The title as it reads in `jobTitle`: `Governor` for `Gov.`. */
  readonly jobTitle: string
  /** Role nouns that refer back to a holder: `the governor`. */
  readonly roles: readonly string[]
  readonly gender: Gender
  /** Holders sit on a council, so `Aurora Councilmember X` is a member of `Aurora City Council`. */
  readonly council: boolean
}

type Row = readonly [forms: string, jobTitle: string, roles?: string, gender?: Gender, council?: boolean]

// Forms are lower case, `|`-separated; roles likewise. Multiword titles win over single words.
const rows: readonly Row[] = [
  ['mayor', 'Mayor', 'mayor'],
  ['deputy mayor', 'Deputy Mayor', 'deputy mayor|mayor'],
  ['gov.|governor', 'Governor', 'governor'],
  ['lt. gov.|lieutenant governor', 'Lieutenant Governor', 'lieutenant governor'],
  ['sen.|senator|state sen.|u.s. sen.', 'Senator', 'senator|lawmaker|legislator'],
  ['rep.|representative|state rep.|u.s. rep.|congressman|congresswoman', 'Representative', 'representative|congressman|congresswoman|lawmaker|legislator'],
  ['assemblymember|assemblyman|assemblywoman|delegate|state senator|state representative|mp|mla|mep', 'Legislator', 'assemblymember|assemblyman|assemblywoman|lawmaker|legislator|delegate'],
  ['councilmember|council member|councilwoman|councilman|councilor|councillor|alderman|alderwoman|alder', 'Councilmember', 'councilmember|council member|councilwoman|councilman|councilor|councillor|alderman|alderwoman', 'unknown', true],
  ['council president', 'Council President', 'council president|president', 'unknown', true],
  ['commissioner|county commissioner', 'Commissioner', 'commissioner'],
  ['police chief|chief of police|fire chief|chief', 'Chief', 'chief|police chief|fire chief'],
  ['sheriff', 'Sheriff', 'sheriff'],
  ['undersheriff', 'Undersheriff', 'undersheriff'],
  ['district attorney|da|attorney general|u.s. attorney|prosecutor', 'Prosecutor', 'district attorney|attorney general|prosecutor'],
  ['judge|justice|magistrate', 'Judge', 'judge|justice|magistrate'],
  ['public defender|defense attorney|attorney|general counsel|counsel', 'Attorney', 'attorney|lawyer|public defender|defense attorney|counsel'],
  ['rhp|lhp|pitcher', 'Pitcher', 'pitcher|right-hander|left-hander'],
  ['president', 'President', 'president'],
  ['vice president', 'Vice President', 'vice president'],
  ['prime minister|premier', 'Prime Minister', 'prime minister|premier'],
  ['minister|foreign minister|finance minister|defense minister|health minister', 'Minister', 'minister'],
  ['secretary|secretary of state', 'Secretary', 'secretary'],
  ['secretary-general|secretary general|under-secretary|undersecretary', 'Secretary-General', 'secretary-general|secretary'],
  // Offices written with a hyphen, as Commonwealth and continental copy writes them: `Deputy Prosecutor-General X`.
  ['attorney-general|prosecutor-general|procurator-general|solicitor-general', 'Prosecutor', 'attorney general|prosecutor'],
  ['director-general|inspector-general|auditor-general|governor-general', 'Director', 'director'],
  ['ambassador|envoy', 'Ambassador', 'ambassador|envoy|diplomat'],
  ['president-elect', 'President-elect', 'president-elect'],
  // Ranks: `Major` and `Gen.` alone stay out (`Major League`, `Gen. Motors` is rare but `Major X` is too).
  [
    'general|major general|major-general|maj. gen.|maj.-gen.|lieutenant general|lieutenant-general|lt. gen.|lt.-gen.|brigadier|brigadier general|brigadier-general|brig. gen.|' +
      'colonel|col.|col|lieutenant colonel|lieutenant-colonel|lt. col.|lt.-col.|admiral|adm.|rear admiral|vice admiral|marshal|field marshal',
    'Military Officer',
    'general|colonel|admiral|commander|officer'
  ],
  ['pope|cardinal|archbishop|monsignor|msgr.|sheikh|ayatollah', 'Cleric', 'cleric|cardinal|archbishop|sheikh'],
  ['chancellor', 'Chancellor', 'chancellor'],
  ['speaker|house speaker', 'Speaker', 'speaker'],
  ['majority leader|minority leader|house majority leader|senate majority leader', 'Leader', 'leader'],
  ['superintendent', 'Superintendent', 'superintendent'],
  ['principal', 'Principal', 'principal'],
  ['coach|head coach', 'Coach', 'coach'],
  ['manager|general manager|city manager', 'Manager', 'manager|general manager'],
  ['director|executive director', 'Director', 'director'],
  ['chairman|chairwoman|chair|chairperson', 'Chair', 'chairman|chairwoman|chair|chairperson'],
  ['ceo|chief executive|chief executive officer', 'Chief Executive Officer', 'ceo|chief executive|executive'],
  ['spokesman|spokeswoman|spokesperson', 'Spokesperson', 'spokesman|spokeswoman|spokesperson'],
  ['officer|deputy|trooper|detective|det.|sgt.|sergeant|lt.|lieutenant|capt.|captain|cmdr.|commander', 'Officer', 'officer|deputy|trooper|detective|sergeant|lieutenant|captain|commander'],
  // British style writes no period: `Dr Okafor`, `Col Suvit`.
  ['dr.|dr|doctor', 'Doctor', 'doctor'],
  ['prof.|prof|professor', 'Professor', 'professor|researcher'],
  ['rev.|reverend|pastor|father|rabbi|imam|bishop', 'Clergy', 'pastor|rabbi|imam|bishop|priest'],
  // Religious sisters and brothers: `Mother Teresa`, `Sister Maureen Carey`, `Brother Roger`. No job title, so the kin
  // words in lower case (`his brother Noel`) make none.
  ['mother|sister', '', 'nun', 'female'],
  ['brother', '', 'monk', 'male'],
  ['king', 'King', 'king', 'male'],
  ['emperor|tsar|czar', 'Emperor', 'emperor', 'male'],
  ['queen', 'Queen', 'queen', 'female'],
  ['sir|lord', 'Sir', '', 'male'],
  ['dame|lady', 'Dame', '', 'female'],
  ['mr.|mr', '', '', 'male'],
  ['mrs.|mrs|ms.|ms|miss', '', '', 'female']
]

const byForm = new Map<string, Title>()
/** Longest form in words, to bound the look-ahead. */
export const longestTitle = 4

for (const [forms, jobTitle, roles = '', gender = 'unknown', council = false] of rows) {
  const title: Title = {jobTitle, roles: roles ? roles.split('|') : [], gender, council}
  for (const form of forms.split('|')) byForm.set(form, title)
}

/** Every title form, lower case: `mayor`, `gov.`, `police chief`. */
export const titleForms: readonly string[] = [...byForm.keys()]

/** The title whose form is `lower` (lower case, single spaces), if any. */
export function findTitle(lower: string): Title | undefined {
  return byForm.get(lower)
}

// Per first word of a form, the numbers of words of the forms it starts, as bits (`1 << words`).
const formLengths = new Map<string, number>()
for (const form of titleForms) {
  const words = form.split(' ')
  formLengths.set(words[0]!, (formLengths.get(words[0]!) ?? 0) | (1 << words.length))
}

/**
 * The numbers of words of the title forms that start with the lower-case
 * word `first`, as bits (`1 << words`); 0 when none does. Why: most words
 * start no title, so a caller can skip building the forms to look up.
 */
export function titleFormLengths(first: string): number {
  return formLengths.get(first) ?? 0
}

/** A title from a job word written as one (`Administrator`, `Coach`): the word is its role. */
export function titleOfRoleWord(word: string): Title {
  return {jobTitle: word.charAt(0).toUpperCase() + word.slice(1).toLowerCase(), roles: [word.toLowerCase()], gender: 'unknown', council: false}
}

const roleNounTitles = new Map<string, Title[]>()
for (const title of byForm.values()) {
  for (const role of title.roles) {
    const list = roleNounTitles.get(role) ?? []
    if (!list.includes(title)) list.push(title)
    roleNounTitles.set(role, list)
  }
}

/** Every role noun titles have: `mayor`, `police chief`. */
export function roleNouns(): Iterable<string> {
  return roleNounTitles.keys()
}

/** Titles a role noun (`mayor`, `the coach`) can refer to. */
export function titlesOfRole(role: string): readonly Title[] {
  return roleNounTitles.get(role) ?? []
}
