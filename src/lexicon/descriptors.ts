import {roleNouns, titleForms} from './titles.js'

/**
 * Lower-case job and role words that stand before a name or head an
 * appositive (`Cubs manager Terrence Oyelaran`, `Jane Roe, a spokeswoman`),
 * and that a later role noun refers back to (`the manager said`).
 * Titles proper (`Mayor`, `Sen.`) are in titles.ts.
 */
const descriptors: ReadonlySet<string> = new Set([
  'activist', 'administrator', 'adviser', 'advisor', 'advocate', 'analyst', 'anchor', 'architect',
  'artist', 'attorney', 'author', 'biologist', 'dispatcher', 'ecologist', 'grower', 'catcher', 'ceo', 'chair', 'chairman', 'chairwoman',
  'chemist', 'clerk', 'coach', 'commander', 'consultant', 'coordinator', 'correspondent', 'councilor',
  'counselor', 'defender', 'deputy', 'designer', 'developer', 'director', 'doctor', 'driver', 'economist',
  'editor', 'educator', 'engineer', 'executive', 'farmer', 'farrier', 'fan', 'founder', 'forward',
  'goalkeeper', 'guard', 'historian', 'inspector', 'instructor', 'investigator', 'journalist', 'lawyer',
  'lawmaker', 'leader', 'librarian', 'manager', 'mechanic', 'meteorologist', 'midfielder', 'musician',
  'neighbor', 'nurse', 'officer', 'official', 'organizer', 'owner', 'paramedic', 'partner', 'pastor',
  'physician', 'pitcher', 'player', 'playwright', 'point', 'president', 'principal', 'producer',
  'professor', 'prosecutor', 'psychologist', 'quarterback', 'ranger', 'reporter', 'representative',
  'researcher', 'resident', 'scientist', 'secretary', 'senator', 'singer', 'songwriter', 'specialist',
  'spokesman', 'spokesperson', 'spokeswoman', 'student', 'superintendent', 'supervisor', 'surgeon',
  'teacher', 'technician', 'trainer', 'treasurer', 'trustee', 'veteran', 'volunteer', 'worker', 'writer',
  // Players by position, and trades wire copy names people by.
  'striker', 'winger', 'scrum-half', 'fly-half', 'flanker', 'centre', 'fullback', 'full-back', 'keeper', 'reliever',
  'shortstop', 'outfielder', 'infielder', 'batsman', 'bowler', 'spinner', 'off-spinner', 'wicketkeeper', 'jockey',
  'skipper', 'broker', 'dealer', 'trader', 'diplomat', 'novelist', 'poet', 'actor', 'actress', 'filmmaker',
  'photographer', 'composer', 'pianist', 'ombudsman'
])

// Role nouns that refer back to people introduced with a related word:
// `the researcher` for `Dr. X, an ecologist`.
const relatedRoles: ReadonlyMap<string, readonly string[]> = new Map([
  ['researcher', ['scientist', 'ecologist', 'biologist', 'professor', 'economist', 'chemist', 'physicist', 'geologist', 'epidemiologist', 'researcher', 'investigator']],
  ['scientist', ['researcher', 'ecologist', 'biologist', 'chemist', 'physicist', 'geologist', 'epidemiologist']],
  ['official', ['official', 'administrator', 'director', 'manager', 'commissioner', 'secretary', 'spokesperson', 'spokesman', 'spokeswoman', 'minister']],
  ['lawmaker', ['senator', 'representative', 'assemblymember', 'legislator', 'councilmember', 'lawmaker', 'republican', 'democrat']],
  ['spokesperson', ['spokesperson', 'spokesman', 'spokeswoman']],
  ['spokesman', ['spokesperson', 'spokesman', 'spokeswoman']],
  ['spokeswoman', ['spokesperson', 'spokesman', 'spokeswoman']],
  ['executive', ['ceo', 'executive', 'president', 'founder', 'chairman', 'chairwoman', 'chair']],
  ['owner', ['owner', 'founder', 'proprietor']]
])

/** Role words that `role` (`the researcher`) can refer back to, itself included. */
export function relatedRoleWords(role: string): readonly string[] {
  return relatedRoles.get(role) ?? [role]
}

/** Title and job words: `mayor`, `manager`, `spokeswoman` (the word class `Role`). */
export const roleWords: ReadonlySet<string> = new Set([...descriptors, ...titleForms, ...roleNouns()])
