import {findTitle, titlesOfRole} from './titles.js'

/**
 * Lower-case job and role words that stand before a name or head an
 * appositive (`Cubs manager Terrence Oyelaran`, `Jane Roe, a spokeswoman`),
 * and that a later role noun refers back to (`the manager said`).
 * Titles proper (`Mayor`, `Sen.`) are in titles.ts.
 */
const descriptors: ReadonlySet<string> = new Set([
  'activist', 'administrator', 'adviser', 'advisor', 'advocate', 'analyst', 'anchor', 'architect',
  'artist', 'attorney', 'author', 'biologist', 'catcher', 'ceo', 'chair', 'chairman', 'chairwoman',
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
  'teacher', 'technician', 'trainer', 'treasurer', 'trustee', 'veteran', 'volunteer', 'worker', 'writer'
])

/** A title or job word: `mayor`, `manager`, `spokeswoman`. */
export function isRoleWord(lower: string): boolean {
  return descriptors.has(lower) || findTitle(lower) !== undefined || titlesOfRole(lower).length > 0
}
