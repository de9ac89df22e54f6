import {describe, expect, test} from 'vitest'
import {SourceMap} from '../document/source-map.js'
import {type AnalyzedBlock, analyzeBlock} from './analyze.js'
import {hasPlayerActionAfter, inClubPosition, isClubNickname, isEvent, isSportsStory} from './mentions-sports.js'
import {Run} from './run.js'

function analyzed(text: string, index = 0): AnalyzedBlock {
  return analyzeBlock({kind: 'paragraph', text, group: 0, map: new SourceMap()}, index)
}

/** The run of `words` (space-separated tokens) in `text`: its first occurrence. */
function runOf(text: string, words: string): Run {
  const block = analyzed(text)
  const parts = words.split(' ')
  const first = block.tokens.findIndex((_, index) => parts.every((word, offset) => block.tokens[index + offset]?.text === word))
  if (first === -1) throw new Error(`no ${words} in ${text}`)
  return new Run(block, first, first + parts.length)
}

const clubAt = (text: string, words = 'Leicester') => inClubPosition(runOf(text, words))

describe('inClubPosition: where sports copy puts a club', () => {
  test('before a score or a total (not a year)', () => {
    expect(clubAt('Leicester 2-1 Hampshire')).toBe(true)
    expect(clubAt('Leicester 305-5 declared')).toBe(true)
    expect(clubAt('Leicester 3-10 Hampshire')).toBe(true)
    expect(clubAt('Leicester 83 all out')).toBe(true)
    expect(clubAt('Leicester 8')).toBe(true)
    expect(clubAt('Leicester 1996 was a year')).toBe(false)
    expect(clubAt('Leicester 1000-5 is no score')).toBe(false)
    expect(clubAt('Leicester 2-1000 is no score')).toBe(false)
    expect(clubAt('Leicester 2-1a is no score')).toBe(false)
    expect(clubAt('Leicester x2-1 is no score')).toBe(false)
    expect(clubAt('Leicester 8a is no score')).toBe(false)
    // At the end of the block, nothing follows.
    expect(clubAt('They went to Leicester')).toBe(false)
  })

  test('before a result verb or a player\'s role, in lower case', () => {
    expect(clubAt('Leicester beat Hampshire.')).toBe(true)
    expect(clubAt('Leicester midfielder Ana Ruiz scored.')).toBe(true)
    expect(clubAt('Leicester Beat Hampshire.')).toBe(false)
    expect(clubAt('Leicester, beat them.')).toBe(false)
    expect(clubAt('Leicester residents cheered.')).toBe(false)
  })

  test('a possessive is the club\'s player or standing, not the subject of a result verb', () => {
    expect(clubAt("Leicester's midfielder scored.")).toBe(true)
    // (`lead` is a result verb too: `Leicester lead 2-0`.)
    expect(clubAt("Leicester's lead grew.")).toBe(true)
    expect(clubAt('Leicester lead the table.')).toBe(true)
    expect(clubAt("Leicester's Ana Ruiz scored.")).toBe(true)
    expect(clubAt("Leicester's won nothing.")).toBe(false)
    expect(clubAt("Leicester's fast bowler struck.")).toBe(false)
    expect(clubAt("Leicester's has won.")).toBe(false)
    expect(clubAt("Leicester's mayor spoke.")).toBe(false)
    expect(clubAt("It was Leicester's.")).toBe(false)
    expect(clubAt("It was Leicester's")).toBe(false)
  })

  test('a role after a modifier (`fast bowler`), a result verb after an auxiliary (`has won`)', () => {
    expect(clubAt('Leicester fast bowler Bo Lee struck.')).toBe(true)
    expect(clubAt('Leicester fast food is cheap.')).toBe(false)
    expect(clubAt('Leicester has won again.')).toBe(true)
    expect(clubAt('Leicester has money.')).toBe(false)
    expect(clubAt('Leicester fast, bowler.')).toBe(false)
    expect(clubAt('Leicester has, won.')).toBe(false)
    // At the block's end, nothing follows the modifier or the auxiliary.
    expect(clubAt('Ana Ruiz met Leicester fast')).toBe(false)
    expect(clubAt('Ana Ruiz said Leicester has')).toBe(false)
  })

  test('after a word that puts a club after it (`against`, `third-placed`, `top-ranked`)', () => {
    expect(clubAt('They played against Leicester.')).toBe(true)
    expect(clubAt('They met third-placed Leicester.')).toBe(true)
    expect(clubAt('They met top-ranked Leicester.')).toBe(true)
    expect(clubAt('They met in Leicester.')).toBe(false)
    expect(clubAt('They met third-place Leicester.')).toBe(false)
    expect(clubAt('"Against" Leicester.')).toBe(false)
  })

  test('after a pair of words (`victory over`, `drew with`)', () => {
    expect(clubAt('A victory over Leicester.')).toBe(true)
    expect(clubAt('They drew with Leicester.')).toBe(true)
    expect(clubAt('They flew over Leicester.')).toBe(false)
    expect(clubAt('A victory, over Leicester.')).toBe(false)
    expect(clubAt('Over Leicester.')).toBe(false)
    expect(clubAt('They stayed in Leicester.')).toBe(false)
  })

  test('a player\'s club in brackets after the player\'s name', () => {
    expect(clubAt('Ana Ruiz (Real Madrid) scored.', 'Real Madrid')).toBe(true)
    expect(clubAt('the striker (Real Madrid) scored.', 'Real Madrid')).toBe(false)
    expect(clubAt('(Real Madrid) scored.', 'Real Madrid')).toBe(false)
    expect(clubAt('Ana Ruiz (Real Madrid, Spain) scored.', 'Real Madrid')).toBe(false)
    expect(clubAt('Ana Ruiz, Real Madrid) scored.', 'Real Madrid')).toBe(false)
    expect(clubAt('Ana Ruiz (Real Madrid', 'Real Madrid')).toBe(false)
  })
})

describe('isSportsStory: four sports words or more, over the whole story', () => {
  test('counts words in any block, in any case; marks and other words do not count', () => {
    expect(isSportsStory([analyzed('The match ended. A goal, a Striker.'), analyzed('The league met.', 1)])).toBe(true)
    expect(isSportsStory([analyzed('The match ended. A goal, a striker.'), analyzed('Leaders met.', 1)])).toBe(false)
    expect(isSportsStory([analyzed('Goals goals goals goals')])).toBe(true)
    expect(isSportsStory([])).toBe(false)
  })
})

describe('hasPlayerActionAfter: a player\'s act after a name', () => {
  const after = (text: string, words: string) => {
    const run = runOf(text, words)
    return hasPlayerActionAfter(run.tokens, run.end)
  }
  test('a lower-case act right after the name', () => {
    expect(after('Bo Lee homered twice.', 'Bo Lee')).toBe(true)
    expect(after('Bo Lee Homered twice.', 'Bo Lee')).toBe(false)
    expect(after('Bo Lee, homered twice.', 'Bo Lee')).toBe(false)
    expect(after('Bo Lee spoke.', 'Bo Lee')).toBe(false)
    expect(after('It was Bo Lee', 'Bo Lee')).toBe(false)
  })
  test('not after a possessive (`Lee\'s shot`)', () => {
    expect(after("Bo Lee's shot went wide.", 'Bo Lee')).toBe(false)
    expect(after('Bo Lee shot 67.', 'Bo Lee')).toBe(true)
  })
})

test('isEvent: a run with an event\'s word (`Atlanta Games`), not a club', () => {
  expect(isEvent(runOf('the Atlanta Games began', 'Atlanta Games'))).toBe(true)
  expect(isEvent(runOf('the Atlanta Braves won', 'Atlanta Braves'))).toBe(false)
})

describe('isClubNickname: a capitalized plural after `the`', () => {
  test('`the Tigers`, `the Red Sox`, up to three words', () => {
    expect(isClubNickname(runOf('They beat the Tigers.', 'Tigers'))).toBe(true)
    expect(isClubNickname(runOf('They beat the Red Sox.', 'Red Sox'))).toBe(true)
    expect(isClubNickname(runOf('They beat the All Black Tigers.', 'All Black Tigers'))).toBe(true)
    expect(isClubNickname(runOf('They beat the Big Red Sky Tigers.', 'Big Red Sky Tigers'))).toBe(false)
  })
  test('not a singular, `-ss`, or without `the`', () => {
    expect(isClubNickname(runOf('They beat the Tiger.', 'Tiger'))).toBe(false)
    expect(isClubNickname(runOf('They met the Boss.', 'Boss'))).toBe(false)
    expect(isClubNickname(runOf('They beat Tigers.', 'Tigers'))).toBe(false)
    expect(isClubNickname(runOf('Tigers won.', 'Tigers'))).toBe(false)
  })
})
