// Titles and roles around a name, on invented sentences: each rule on both sides.
import {describe, expect, test} from 'vitest'
import {findTitle} from '../lexicon/titles.js'
import {findTitleIn, portfolioTitleBefore, rolesAround, titleBefore, writtenTitle} from './run-titles.js'
import {tokenize} from './tokens.js'

const titleOf = (form: string) => findTitle(form)!

describe('writtenTitle', () => {
  const written = (text: string, form: string) => {
    const tokens = tokenize(text)
    return writtenTitle(tokens, 0, tokens.length, titleOf(form))
  }

  test('the title as the text writes it, each word capitalized', () => {
    expect(written('Police Chief', 'police chief')).toBe('Police Chief')
    expect(written('police chief', 'police chief')).toBe('Police Chief')
    expect(written('mayor', 'mayor')).toBe('Mayor')
    // Only the title's own tokens.
    const tokens = tokenize('Police Chief Ana Ruiz')
    expect(writtenTitle(tokens, 0, 2, titleOf('police chief'))).toBe('Police Chief')
  })

  test('an abbreviation is spelled out; a title with no job title gives none', () => {
    expect(written('Gov.', 'gov.')).toBe('Governor')
    expect(written('state Sen.', 'state sen.')).toBe('Senator')
    // British style, without the period: one word only.
    expect(written('Dr', 'dr')).toBe('Doctor')
    expect(written('Lt Commander', 'commander')).toBe('Lt Commander')
    expect(written('Mr.', 'mr.')).toBeUndefined()
  })
})

describe('rolesAround', () => {
  /** Roles around the name `Ana Ruiz` in `text`. */
  const roles = (text: string, form?: string) => {
    const tokens = tokenize(text)
    const first = tokens.findIndex((token) => token.text === 'Ana')
    return rolesAround(tokens, first, first + 2, form === undefined ? undefined : titleOf(form))
  }

  test("the title's roles, and none without a title", () => {
    expect(roles('Mayor Ana Ruiz spoke', 'mayor')).toEqual(['mayor'])
    expect(roles('Mayor Ana Ruiz', 'mayor')).toEqual(['mayor'])
    expect(roles('Ana Ruiz spoke')).toEqual([])
  })

  test('a lower-case role word right before the name', () => {
    expect(roles('CDOT spokesperson Ana Ruiz spoke')).toEqual(['spokesperson'])
    expect(roles('Spokesperson Ana Ruiz spoke')).toEqual([])
    expect(roles('tall Ana Ruiz spoke')).toEqual([])
    expect(roles('(Ana Ruiz) spoke')).toEqual([])
  })

  test('the head of an appositive opened by an article, a possessive or a bare role word', () => {
    expect(roles('Ana Ruiz, the overnight dispatcher at the shop, spoke')).toEqual(['dispatcher'])
    expect(roles('Ana Ruiz, a longtime resident, spoke')).toEqual(['resident'])
    expect(roles('Ana Ruiz, an avid reader, spoke')).toEqual(['reader'])
    expect(roles("Ana Ruiz, CDOT's spokesperson, spoke")).toEqual(['spokesperson'])
    expect(roles('Ana Ruiz, spokesperson for CDOT, spoke')).toEqual(['spokesperson'])
    expect(roles('Ana Ruiz, a Denver dispatcher, spoke')).toEqual(['dispatcher'])
    expect(roles('Ana Ruiz, the Mayor, spoke')).toEqual(['mayor'])
    expect(roles('Ana Ruiz, a dispatcher who works nights, spoke')).toEqual(['dispatcher'])
    expect(roles('CDOT spokesperson Ana Ruiz, a longtime resident, spoke', 'mayor')).toEqual(['mayor', 'spokesperson', 'resident'])
  })

  test('no appositive: no comma, another opener, or no lower-case word in it', () => {
    expect(roles('Ana Ruiz the dispatcher spoke')).toEqual([])
    expect(roles('Ana Ruiz, tired dispatchers spoke')).toEqual([])
    expect(roles('Ana Ruiz, Spokesperson, spoke')).toEqual([])
    expect(roles('Ana Ruiz, the Denver Post, spoke')).toEqual([])
    expect(roles('Ana Ruiz, a, spoke')).toEqual([])
    expect(roles('Ana Ruiz,')).toEqual([])
  })

  test('the appositive is read for ten words after its opener', () => {
    const colors = 'red orange yellow green blue indigo violet white black'
    expect(roles(`Ana Ruiz, the ${colors} dispatcher`)).toEqual(['dispatcher'])
    expect(roles(`Ana Ruiz, the ${colors} gray dispatcher`)).toEqual(['gray'])
  })
})

describe('findTitleIn', () => {
  /** The title in the run that is all of `text`, with its words. */
  const found = (text: string) => {
    const tokens = tokenize(text)
    const span = findTitleIn(tokens, 0, tokens.length)
    return span && {jobTitle: span.title.jobTitle, words: tokens.slice(span.start, span.end).map((token) => token.text).join(' ')}
  }

  test('a title before a name, the longest form first', () => {
    expect(found('Mayor Ana Ruiz')).toEqual({jobTitle: 'Mayor', words: 'Mayor'})
    expect(found('Police Chief Ana Ruiz')).toEqual({jobTitle: 'Chief', words: 'Police Chief'})
    expect(found('Chief of Police Ana Ruiz')).toEqual({jobTitle: 'Chief', words: 'Chief of Police'})
    expect(found('Aurora Councilmember Ana Ruiz')).toEqual({jobTitle: 'Councilmember', words: 'Councilmember'})
  })

  test('a title alone is one only when it is the whole run', () => {
    expect(found('Mayor')).toEqual({jobTitle: 'Mayor', words: 'Mayor'})
    expect(found('Aurora Mayor')).toBeUndefined()
    expect(found('Ana Ruiz')).toBeUndefined()
  })

  test('a role word is a title after a place or organization, not as the first word', () => {
    expect(found('FEMA Administrator Ana Ruiz')).toEqual({jobTitle: 'Administrator', words: 'Administrator'})
    expect(found('Administrator Ana Ruiz')).toBeUndefined()
    expect(found('FEMA Administrator')).toBeUndefined()
  })

  test('titles run on while a name is left after them, for up to three words', () => {
    expect(found('Magistrate Judge Ana Ruiz')).toEqual({jobTitle: 'Judge', words: 'Magistrate Judge'})
    expect(found('Deputy Insurance Commissioner Ana Ruiz')).toEqual({jobTitle: 'Commissioner', words: 'Deputy Insurance Commissioner'})
    expect(found('Deputy Big Blue Insurance Commissioner Ana Ruiz')).toEqual({jobTitle: 'Officer', words: 'Deputy'})
    expect(found('Magistrate Judge')).toEqual({jobTitle: 'Judge', words: 'Magistrate'})
    expect(found('Deputy Police Chief')).toEqual({jobTitle: 'Officer', words: 'Deputy'})
    expect(found('Magistrate Chief Executive Ana')).toEqual({jobTitle: 'Chief Executive Officer', words: 'Magistrate Chief Executive'})
    expect(found('Magistrate Judge Police Chief Ana')).toEqual({jobTitle: 'Chief', words: 'Magistrate Judge Police Chief'})
    // A title with no job title does not extend one.
    expect(found('Dr. Mr. Ana Ruiz')).toEqual({jobTitle: 'Doctor', words: 'Dr.'})
  })
})

describe('titleBefore', () => {
  const before = (text: string) => {
    const tokens = tokenize(text)
    const first = tokens.findIndex((token) => token.text === 'Dana')
    const found = titleBefore(tokens, first)
    return found && {jobTitle: found.title.jobTitle, words: tokens.slice(found.start, first).map((token) => token.text).join(' ')}
  }

  test('a lower-case title of one or two words right before the name', () => {
    expect(before('Cubs coach Dana Whitfield')).toEqual({jobTitle: 'Coach', words: 'coach'})
    expect(before('state Sen. Dana Whitfield')).toEqual({jobTitle: 'Senator', words: 'Sen.'})
    expect(before('Acme chief executive Dana Whitfield')).toEqual({jobTitle: 'Chief Executive Officer', words: 'chief executive'})
    expect(before('chief executive Dana Whitfield')).toEqual({jobTitle: 'Chief Executive Officer', words: 'chief executive'})
  })

  test('none at the start, across a mark, or for a title with no job title', () => {
    expect(before('Dana Whitfield')).toBeUndefined()
    expect(before('executive Dana Whitfield')).toBeUndefined()
    expect(before('coach, Dana Whitfield')).toBeUndefined()
    expect(before('coach (Dana Whitfield)')).toBeUndefined()
    expect(before('mr. Dana Whitfield')).toBeUndefined()
    expect(before('the tall Dana Whitfield')).toBeUndefined()
  })
})

describe('portfolioTitleBefore', () => {
  /** The title found before the run that starts at `Finance`: its word and index. */
  const before = (text: string) => {
    const tokens = tokenize(text)
    const found = portfolioTitleBefore(tokens, tokens.findIndex((token) => token.text === 'Finance'))
    return found && [tokens[found.start]!.text, found.start]
  }

  test('a title right before `of` or `for`, over the portfolio words and links', () => {
    expect(before('met Minister of Finance Ana Ruiz')).toEqual(['Minister', 1])
    expect(before('met Minister of Trade and Finance Ana Ruiz')).toEqual(['Minister', 1])
    expect(before('met Secretary for Finance Ana Ruiz')).toEqual(['Secretary', 1])
  })

  test('no title, no link, or a lower-case word between: none', () => {
    expect(before('the Bank of Finance Ana Ruiz')).toBeUndefined()
    expect(before('met Minister Finance Ana Ruiz')).toBeUndefined()
    expect(before('the Minister said of Finance Ana Ruiz')).toBeUndefined()
  })
})
