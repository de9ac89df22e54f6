/**
 * Clubs in sports copy. Wire reports name a club by a bare name, often a
 * city's (`Leicester beat Hampshire`, `against Middlesex`, `Ajax midfielder
 * X`, `the Tigers`). In a story that reads as sports, a name in a club's
 * position is a club: the words around it (score lines, `beat`, `drew
 * with`, a player's role after it) are closed classes written here. A
 * country stays a place: national sides are their countries.
 */
import type {AnalyzedBlock} from './analyze.js'
import type {Run} from './run.js'
import type {Token} from './tokens.js'

const words = (text: string): ReadonlySet<string> => new Set(text.split(' '))

// Words that mark a story as sports: a few of them must occur.
const sportsWords = words(
  'match matches goal goals scored scorer striker strikers midfielder midfielders defender defenders goalkeeper goalkeepers league tournament innings ' +
    'wicket wickets homer homered homers pitcher pitchers inning batsman bowler seeded quarter-final quarter-finals ' +
    'semi-final semi-finals quarterfinal semifinal playoff playoffs touchdown quarterback halftime half-time batting ' +
    'bowling rbi outfielder shortstop ' +
    // The sports themselves and what results lists say (`CRICKET - COUNTY CHAMPIONSHIP SCORES`, `Attendance: 15,000`).
    'cricket soccer football rugby baseball basketball hockey tennis golf championship attendance standings'
)

/** How many sports words make a story sports (one `season` or `points` does not). */
const sportsThreshold = 4

// Verbs after a club: `Leicester beat Hampshire`, `Surrey are facing…` (British plural agreement).
const verbsAfter = words(
  'beat beats beaten defeated defeats edged edges routed thrashed crushed downed drew draw lost lose loses won win wins ' +
    'trail trailed trails led lead leads host hosts hosted visit visits face faces faced meet meets clinched rallied blanked ' +
    'swept outscored outplayed overcame overpowered dismissed hammered slumped scored are were have ' +
    // Cricket and league tables: `Surrey slipped to 88`, `Kent declared`, `Durham conceded`.
    'slipped declared collapsed conceded batted bowled recovered struggled finished climbed dropped stayed remain remained'
)

// Words before a club: `beat Hampshire`, `against Middlesex`, `champions Auxerre`, `host Montpellier`.
const wordsBefore = words(
  'beat beating defeated defeat edged against versus vs vs. v host hosts visit visiting face facing play playing ' +
    'champions leaders rivals holders visitors hosts side club clubs favourites favorites underdogs newcomers ' +
    'arch-rivals conquering dismissed joined joins joining'
)

// Words two before a club, with the one between: `victory over X`, `lost to X`, `drew with X`, `at home to X`.
const pairsBefore: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['over', words('victory win lead triumph')],
  ['to', words('lost losing lose loses home defeat transferred transfer moved move switched sold loaned')],
  // `signed from Liverpool`, `homer for Milwaukee`, `debut for Ajax`.
  ['from', words('signed signing transferred moved arrived bought recruited')],
  ['for', words('played plays playing homer homers debut signed goal goals scored')],
  ['with', words('drew draw drawn tie tied clash')],
  ['against', words('match game')]
])

// A player's role after a club: `Seattle shortstop X`, `Feyenoord midfielder X`.
const playerRoles = words(
  'manager coach striker midfielder defender goalkeeper keeper forward winger fullback full-back captain skipper ' +
    'shortstop pitcher outfielder infielder catcher batsman bowler all-rounder opener centre center fly-half scrum-half ' +
    'flanker prop hooker lock quarterback receiver linebacker guard goaltender player players fans supporters ' +
    'spinner off-spinner leg-spinner seamer paceman wicketkeeper wicket-keeper batsmen bowlers reliever starter ' +
    'rider driver squad midfielders defenders strikers forwards playmaker libero sweeper pair trio duo'
)

// `Leicestershire fast bowler X`: a word between the club and the role.
const roleModifiers = words('fast medium left-arm right-arm opening relief starting reserve veteran new former')

// `Baltimore has won`: an auxiliary before a result verb.
const auxiliaries = words('has had have')

// A player's acts, after a name: `X homered`, `X allowed one run`, `X shot 67`; clubs do none of these.
const playerActions = words(
  'homered singled doubled tripled walked fanned pitched allowed belted blasted smashed carded netted volleyed ' +
    'bunted grounded flied stroked surrendered yielded scattered tossed hurled drove struck shot retired'
)

/** Whether the word after a run is a player's act (`X homered`, `X drove in`), in sports copy a person's. */
export function hasPlayerActionAfter(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end]
  return next !== undefined && next.kind === 'word' && !next.capitalized && playerActions.has(next.lower) && tokens[end - 1]?.possessive !== true
}

// Sports by name: in a headline one makes the story sports copy (`SOCCER - LEAGUE RESULTS`, `Tennis: X beats Y`).
const sportNames = words(
  'cricket soccer football rugby baseball basketball hockey tennis golf cycling rallying motocross squash badminton ' +
    'athletics boxing swimming skiing volleyball handball rowing sailing'
)

/**
 * Whether a story reads as sports: its headline (default: none) names a
 * sport, or enough of its words are sports words.
 */
export function isSportsStory(blocks: readonly AnalyzedBlock[], headline?: AnalyzedBlock): boolean {
  if (headline?.tokens.some((token) => token.kind === 'word' && sportNames.has(token.lower))) return true
  let count = 0
  for (const block of blocks) {
    for (const token of block.tokens) {
      if (token.kind === 'word' && sportsWords.has(token.lower) && ++count >= sportsThreshold) return true
    }
  }
  return false
}

/** A score or a total after a club: `2-1`, `305-5`, `83` (not a year). */
function isScore(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false
  const text = token.text
  if (/^\d{1,3}-\d{1,3}$/.test(text)) return true
  return /^\d{1,3}$/.test(text)
}

/** Whether the run stands where sports copy puts a club: beside a score, a result verb, a player's role. */
export function inClubPosition(run: Run): boolean {
  const {tokens, first, end} = run
  const next = tokens[end]
  const last = tokens[end - 1]!
  if (isScore(next)) return true
  if (next?.kind === 'word' && !next.capitalized) {
    // `Everton's striker`, `Colorado's lead`: the club's player or standing (`Leicester's beat` is no result).
    if (playerRoles.has(next.lower) || (last.possessive && next.lower === 'lead')) return true
    if (verbsAfter.has(next.lower)) return !last.possessive
  }
  const after = tokens[end + 1]
  if (next?.kind === 'word' && after?.kind === 'word' && !last.possessive) {
    if (roleModifiers.has(next.lower) && playerRoles.has(after.lower)) return true
    if (auxiliaries.has(next.lower) && verbsAfter.has(after.lower)) return true
  }
  // `Everton's Duncan Ferguson`: the club's player.
  if (last.possessive && next?.capitalized === true) return true
  const previous = tokens[first - 1]
  if (previous?.kind === 'word' && (wordsBefore.has(previous.lower) || previous.lower.endsWith('-placed') || previous.lower.endsWith('-ranked'))) return true
  const pair = previous && pairsBefore.get(previous.lower)
  const before = tokens[first - 2]
  if (pair && before?.kind === 'word' && pair.has(before.lower)) return true
  // `Clarence Seedorf (Real Madrid)`: a player's club in brackets.
  return previous?.text === '(' && tokens[first - 2]?.capitalized === true && tokens[end]?.text === ')'
}

// Events, not clubs: `the Atlanta Games`, `Euro 96`, `the Brussels grand prix`.
const events = words('games olympics olympic olympiad open cup series trophy classic championship championships euro grand prix marathon')

/** Whether a run names an event: `Atlanta Games`, `World Cup`. */
export function isEvent(run: Run): boolean {
  return run.words().some((token) => events.has(token.lower))
}

/** `the Tigers`, `the Red Sox`, `the All Blacks`: a capitalized plural after `the`, in sports copy a club. */
export function isClubNickname(run: Run): boolean {
  const {tokens, first, end} = run
  if (tokens[first - 1]?.lower !== 'the' || run.length > 3) return false
  const last = tokens[end - 1]!.lower
  return (last.endsWith('s') && !last.endsWith('ss')) || last === 'sox'
}
