// Unit and boundary tests of the attribution rules, on invented sentences: every guard and limit of
// attribution.ts is tested on both sides, without the pipeline (the pipeline tests judge the whole chain).
import {describe, expect, test} from 'vitest'
import {type Attribution, attributionAfter, attributionBefore, cueLength, dashedAside} from './attribution.js'
import {type Token, tokenize} from './tokens.js'

/** An attribution as the text of its ranges, so a test reads as the sentence it checks. */
function render(text: string, tokens: readonly Token[], value: Attribution | undefined) {
  if (!value) return undefined
  const words = ([start, end]: readonly [number, number]) => (start >= end ? '' : text.slice(tokens[start]!.start, tokens[end - 1]!.end))
  return {order: value.order, cue: words(value.cue), speaker: words(value.speaker), description: value.description && words(value.description), extent: words(value.extent)}
}

/** Tokens of `parts` joined, and the index of the first token of each part after the first. */
function split(...parts: string[]) {
  const text = parts.join('')
  const tokens = tokenize(text)
  const bounds: number[] = []
  let length = 0
  for (const part of parts.slice(0, -1)) {
    length += part.length
    bounds.push(tokens.filter((token) => token.start < length).length)
  }
  return {text, tokens, bounds}
}

/** The attribution in `rest`, after the closing mark of `quote`; `beyond` is past the range (the next quote). */
function after(quote: string, rest: string, beyond = '') {
  const {text, tokens, bounds} = split(quote, rest, beyond)
  return render(text, tokens, attributionAfter(tokens, bounds[0]!, bounds[1]!))
}

/** The attribution in `lead`, before the opening mark of `quote` (the sentence starts at the text's start). */
function before(lead: string, quote = '"Go."') {
  const {text, tokens, bounds} = split(lead, quote)
  return render(text, tokens, attributionBefore(tokens, 0, bounds[0]!))
}

/** The attribution in a paragraph that ends in the colon opening the next paragraph's quote: the range ends at the colon. */
function leadIn(paragraph: string) {
  const tokens = tokenize(paragraph)
  return render(paragraph, tokens, attributionBefore(tokens, 0, tokens.length - 1))
}

const names = (count: number) => ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliet', 'Kilo', 'Lima', 'Mike', 'Nancy', 'Oscar'].slice(0, count).join(' ')

describe('cueLength', () => {
  const cue = (text: string, at = 0) => cueLength(tokenize(text), at)
  test('a speech verb is one token, a multiword cue its length, the longest first', () => {
    expect(cue('she said')).toBe(0)
    expect(cue('she said', 1)).toBe(1)
    expect(cue('it was, according to him', 3)).toBe(2)
    expect(cue('he told reporters', 1)).toBe(2)
    expect(cue('he told them', 1)).toBe(1)
    expect(cue('as she went on to say', 2)).toBe(4)
    expect(cue('as she went on', 2)).toBe(2)
  })
  test('no token, punctuation, a possessive or a capitalized word inside a sentence is no cue', () => {
    expect(cue('she said', 2)).toBe(0)
    expect(cue('she said', -1)).toBe(0)
    expect(cue('she , said', 1)).toBe(0)
    expect(cue("the state's plan", 1)).toBe(0)
    expect(cue('the Said family', 1)).toBe(0)
    expect(cue('the Report said', 1)).toBe(0)
    // At a sentence's start the capital is the sentence's: `Said Comey`.
    expect(cue('Said Comey')).toBe(1)
    expect(cue('According to him')).toBe(2)
  })
  test('a word that is no speech verb is no cue', () => {
    expect(cue('she ran', 1)).toBe(0)
    expect(cue('according', 0)).toBe(0)
  })
})

describe('attributionAfter', () => {
  test.each([
    // The dash forms: `—`, `--` (two tokens), `-`.
    ['"Go."', ' — Gov. Jared Polis', {order: 'dash', cue: '—', speaker: 'Gov. Jared Polis', extent: '— Gov. Jared Polis'}],
    ['"Go."', ' -- Jared Polis', {order: 'dash', cue: '--', speaker: 'Jared Polis', extent: '-- Jared Polis'}],
    ['"Go."', ' - Jared Polis', {order: 'dash', cue: '-', speaker: 'Jared Polis', extent: '- Jared Polis'}],
    ['"Go."', ' — Jane Roe, a spokeswoman for the city. Then more.', {order: 'dash', cue: '—', speaker: 'Jane Roe', description: 'a spokeswoman for the city', extent: '— Jane Roe, a spokeswoman for the city.'}],
    // Verb first.
    ['"Go,"', ' said Police Chief Ron Thomas. Then more.', {order: 'qvs', cue: 'said', speaker: 'Police Chief Ron Thomas', extent: 'said Police Chief Ron Thomas.'}],
    ['"Go,"', ' according to Jane Roe.', {order: 'qvs', cue: 'according to', speaker: 'Jane Roe', extent: 'according to Jane Roe.'}],
    ['"Go"', ', added Jane Roe, a spokeswoman', {order: 'qvs', cue: 'added', speaker: 'Jane Roe', description: 'a spokeswoman', extent: ', added Jane Roe, a spokeswoman'}],
    ['"Go"', ': said Jane Roe', {order: 'qvs', cue: 'said', speaker: 'Jane Roe', extent: ': said Jane Roe'}],
    ['"Go,"', ' said her granddaughter, Daryna Marchenko.', {order: 'qvs', cue: 'said', speaker: 'Daryna Marchenko', extent: 'said her granddaughter, Daryna Marchenko.'}],
    ['"Go,"', ' said her granddaughter, a nurse.', {order: 'qvs', cue: 'said', speaker: 'her granddaughter', description: 'a nurse', extent: 'said her granddaughter, a nurse.'}],
    // The name after the role needs the role's determiner, the comma and a capital.
    ['"Go,"', ' said Jane Roe, Daryna Marchenko.', {order: 'qvs', cue: 'said', speaker: 'Jane Roe', extent: 'said Jane Roe, Daryna Marchenko.'}],
    ['"Go,"', ' said her granddaughter. Daryna left.', {order: 'qvs', cue: 'said', speaker: 'her granddaughter', extent: 'said her granddaughter.'}],
    ['"Go,"', ' said her granddaughter, nervously.', {order: 'qvs', cue: 'said', speaker: 'her granddaughter', extent: 'said her granddaughter, nervously.'}],
    ['"Go,"', ' said Jane Roe, Denver.', {order: 'qvs', cue: 'said', speaker: 'Jane Roe', extent: 'said Jane Roe, Denver.'}],
    ['"Go,"', ' said Jane Roe,', {order: 'qvs', cue: 'said', speaker: 'Jane Roe', extent: 'said Jane Roe,'}],
    ['"Go,"', ' said district transportation director Wendell Jones.', {order: 'qvs', cue: 'said', speaker: 'district transportation director Wendell Jones', extent: 'said district transportation director Wendell Jones.'}],
    // Subject first.
    ['"Go,"', ' Jurinsky said. Then she left.', {order: 'qsv', cue: 'said', speaker: 'Jurinsky', extent: 'Jurinsky said.'}],
    ['"Go,"', ' Jurinsky said', {order: 'qsv', cue: 'said', speaker: 'Jurinsky', extent: 'Jurinsky said'}],
    ['"Go,"', ' Hugh Hill, a doctor at the clinic, said. Then more.', {order: 'qsv', cue: 'said', speaker: 'Hugh Hill', description: 'a doctor at the clinic,', extent: 'Hugh Hill, a doctor at the clinic, said.'}],
    ['"Go,"', ' the department said in a statement.', {order: 'qsv', cue: 'said in a statement', speaker: 'the department', extent: 'the department said in a statement.'}],
    ['"Go,"', ' she told reporters.', {order: 'qsv', cue: 'told reporters', speaker: 'she', extent: 'she told reporters.'}],
    ['"Go,"', " Denver's mayor said.", {order: 'qsv', cue: 'said', speaker: "Denver's mayor", extent: "Denver's mayor said."}],
    ['"Go,"', ' columnist Ai Jun wrote.', {order: 'qsv', cue: 'wrote', speaker: 'columnist Ai Jun', extent: 'columnist Ai Jun wrote.'}],
    ['"Go,"', ' former Rep. Jane Roe said.', {order: 'qsv', cue: 'said', speaker: 'former Rep. Jane Roe', extent: 'former Rep. Jane Roe said.'}],
    ['"Go,"', ' election law expert Rick Hasen said.', {order: 'qsv', cue: 'said', speaker: 'election law expert Rick Hasen', extent: 'election law expert Rick Hasen said.'}],
    // A party in parentheses, with its periods, is passed over, and no part of the name.
    ['"Go,"', ' Rep. Jane Roe (D-Ore.) said.', {order: 'qsv', cue: 'said', speaker: 'Rep. Jane Roe', description: 'D-Ore.)', extent: 'Rep. Jane Roe (D-Ore.) said.'}],
    ['"Go,"', ' Mitch McConnell, R-Ky., said.', {order: 'qsv', cue: 'said', speaker: 'Mitch McConnell', description: 'R-Ky.,', extent: 'Mitch McConnell, R-Ky., said.'}],
    // Names run through `&`, hyphens, joiners and particles, but not `on` or a verb.
    ['"Go,"', ' said Johnson & Johnson.', {order: 'qvs', cue: 'said', speaker: 'Johnson & Johnson', extent: 'said Johnson & Johnson.'}],
    ['"Go,"', ' said Mary Roe - Smith.', {order: 'qvs', cue: 'said', speaker: 'Mary Roe - Smith', extent: 'said Mary Roe - Smith.'}],
    ['"Go,"', ' said Secretary of State Jane Roe.', {order: 'qvs', cue: 'said', speaker: 'Secretary of State Jane Roe', extent: 'said Secretary of State Jane Roe.'}],
    ['"Go,"', ' said Ludwig van Beethoven.', {order: 'qvs', cue: 'said', speaker: 'Ludwig van Beethoven', extent: 'said Ludwig van Beethoven.'}],
    ['"Go,"', ' said Jane Roe on Monday.', {order: 'qvs', cue: 'said', speaker: 'Jane Roe', extent: 'said Jane Roe on Monday.'}],
    ['"Go,"', ' said the mayor adding Jane.', {order: 'qvs', cue: 'said', speaker: 'the mayor', extent: 'said the mayor adding Jane.'}],
    // A title or role word may open a speaker whose name comes within three words.
    ['"Go,"', ' spokeswoman for the Acme Group said.', {order: 'qsv', cue: 'said', speaker: 'spokeswoman for the Acme Group', extent: 'spokeswoman for the Acme Group said.'}],
    // Adverbs between the subject and the verb.
    ['"Go,"', ' Jurinsky has said.', {order: 'qsv', cue: 'said', speaker: 'Jurinsky', description: '', extent: 'Jurinsky has said.'}],
    ['"Go,"', ' Jane Roe dryly said.', {order: 'qsv', cue: 'said', speaker: 'Jane Roe', description: '', extent: 'Jane Roe dryly said.'}],
    ['"Go,"', ' she then said.', {order: 'qsv', cue: 'said', speaker: 'she', description: '', extent: 'she then said.'}],
    // A word in -ly of four letters is no adverb.
    ['"Go,"', ' an ally said.', {order: 'qsv', cue: 'said', speaker: 'an ally', extent: 'an ally said.'}],
    // A determiner may open the speaker right after the verb; `that` and `who` after a noun end it.
    ['"Go,"', ' said that official.', {order: 'qvs', cue: 'said', speaker: 'that official', extent: 'said that official.'}],
    ['"Go,"', ' said the official that met Trump.', {order: 'qvs', cue: 'said', speaker: 'the official', extent: 'said the official that met Trump.'}],
    // A name never ends on a joiner, even before a capital: `and`, `&`.
    ['"Go,"', ' said Jane Roe and a Times reporter.', {order: 'qvs', cue: 'said', speaker: 'Jane Roe', extent: 'said Jane Roe and a Times reporter.'}],
    ['"Go,"', ' said Johnson & partners.', {order: 'qvs', cue: 'said', speaker: 'Johnson', extent: 'said Johnson & partners.'}],
    // Lower-case words run into a name only without a mark between: the comma ends the speaker.
    ['"Go,"', ' said Jane Roe today, Ann Lee added.', {order: 'qvs', cue: 'said', speaker: 'Jane Roe', extent: 'said Jane Roe today, Ann Lee added.'}],
    // A mark inside the subject makes no clause of it.
    ['"Go,"', ' the Reuters/Ipsos poll said.', {order: 'qsv', cue: 'said', speaker: 'the Reuters/Ipsos poll', extent: 'the Reuters/Ipsos poll said.'}]
  ])('%s%s', (quote, rest, expected) => {
    expect(after(quote, rest)).toEqual({description: undefined, ...expected})
  })

  test.each([
    ['nothing', '"Go,"', ''],
    ['only commas and colons', '"Go"', ' , :'],
    ['a dash and nothing', '"Go."', ' —'],
    ['a dash before a lower-case word', '"Go."', ' — said nobody'],
    ['a dash before a lone hyphen', '"Go."', ' — - Polis'],
    ['a verb with no subject', '"Go,"', ' said.'],
    ['a sentence end before the verb', '"Go."', ' The crowd cheered. Jane said so.'],
    ['a question mark before the verb', '"Go?"', ' Why? Jane said so.'],
    // Only a period before a comma is an abbreviation's: a question mark before one still ends the clause.
    ['a question mark before a comma before the verb', '"Go?"', ' Really?, Jane said.'],
    ['an exclamation mark before the verb', '"Go!"', ' Wow! Jane said so.'],
    ['a semicolon before the verb', '"Go,"', ' it rained; Jane said so.'],
    ['a word that cannot start a speaker', '"Go,"', ' after it said.'],
    ['a function word before a name', '"Go,"', ' after Jane Roe said.'],
    ['a role word with no name within three words', '"Go,"', ' spokeswoman for the group said.'],
    ['no cue', '"Go,"', ' Jane Roe left.'],
    ['a speaker that starts with a mark', '"Go,"', ' (Jane Roe) said.'],
    // A party of five tokens at most: a longer parenthesis is read as text, and its period ends the clause.
    ['a parenthesis of six tokens with a period', '"Go,"', ' Jane Roe (one two three four.) said.']
  ])('none for %s', (_, quote, rest) => {
    expect(after(quote, rest)).toBeUndefined()
  })

  test('an adverb before the verb is no speaker, though a name follows the verb', () => {
    expect(after('"Go,"', ' reportedly said Jane Roe.')?.speaker).not.toBe('reportedly')
  })

  test('the text may end anywhere after the cue', () => {
    expect(after('"Go."', ' -')).toBeUndefined()
    expect(after('"Go,"', ' said her granddaughter')).toEqual({order: 'qvs', cue: 'said', speaker: 'her granddaughter', description: undefined, extent: 'said her granddaughter'})
    expect(after('"Go,"', ' said her granddaughter,')).toEqual({order: 'qvs', cue: 'said', speaker: 'her granddaughter', description: undefined, extent: 'said her granddaughter,'})
  })

  test('a description follows a comma only, and runs past a verb', () => {
    expect(after('"Go."', ' — Jane Roe. A nurse spoke.')).toEqual({order: 'dash', cue: '—', speaker: 'Jane Roe', description: undefined, extent: '— Jane Roe.'})
    expect(after('"Go,"', ' said Jane Roe, a nurse who works nights.')).toMatchObject({speaker: 'Jane Roe', description: 'a nurse who works nights'})
  })

  test('a party of up to five tokens is passed over', () => {
    expect(after('"Go,"', ' Jane Roe (one two three.) said.')).toMatchObject({order: 'qsv', speaker: 'Jane Roe', cue: 'said'})
    // One token: a mark inside is passed over too.
    expect(after('"Go,"', ' Jane Roe (!) said.')).toMatchObject({order: 'qsv', speaker: 'Jane Roe', cue: 'said'})
    // An unclosed parenthesis is plain text.
    expect(after('"Go,"', ' Jane Roe (one two said.')).toMatchObject({order: 'qsv', speaker: 'Jane Roe', cue: 'said'})
  })

  test('the cue must come within 40 tokens of the start', () => {
    const aside = (count: number) => ' Jane Roe, ' + 'long '.repeat(count) + 'said.'
    expect(after('"Go,"', aside(36))).toMatchObject({order: 'qsv', speaker: 'Jane Roe', description: 'long '.repeat(36).trim()})
    expect(after('"Go,"', aside(37))).toBeUndefined()
    // Leading commas do not count.
    expect(after('"Go"', ',' + aside(36))).toMatchObject({order: 'qsv', speaker: 'Jane Roe'})
  })

  test('nothing outside the range is read', () => {
    // A parenthesis before the range is not the speaker's.
    expect(after('"Go," (', 'Jane Roe said.')).toMatchObject({speaker: 'Jane Roe'})
    expect(after('"Go,"', ' Jane Roe', ' said.')).toBeUndefined()
    expect(after('"Go."', ' —', ' Jane Roe')).toBeUndefined()
    expect(after('"Go,"', ' said', ' Jane Roe')).toBeUndefined()
    expect(after('"Go,"', ' Jane Roe said', '. Then more')).toMatchObject({extent: 'Jane Roe said'})
    expect(after('"Go."', ' — Jane Roe', ', a nurse')).toMatchObject({speaker: 'Jane Roe', extent: '— Jane Roe'})
    expect(after('"Go,"', ' said Jane Roe, a', ' nurse')).toMatchObject({speaker: 'Jane Roe', description: 'a'})
  })

  test('a speaker is eight tokens, or up to thirteen when all of them make one name', () => {
    expect(after('"Go,"', ' the tall old man from the north side said.')).toMatchObject({speaker: 'the tall old man from the north side'})
    expect(after('"Go,"', ' the tall old man from the north side east said.')).toBeUndefined()
    expect(after('"Go,"', " the U.S. Attorney's Office for the Western District of Missouri said.")).toMatchObject({
      speaker: "the U.S. Attorney's Office for the Western District of Missouri"
    })
    expect(after('"Go,"', ` ${names(13)} said.`)).toMatchObject({speaker: names(13)})
    expect(after('"Go,"', ` ${names(14)} said.`)).toBeUndefined()
    // One lower-case word that is no joiner, a lower-case first or last word: no name.
    expect(after('"Go,"', ' Alpha Bravo Charlie Delta blue Foxtrot Golf Hotel India said.')).toBeUndefined()
    expect(after('"Go,"', ' the alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel said.')).toBeUndefined()
    expect(after('"Go,"', ' alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India said.')).toBeUndefined()
    expect(after('"Go,"', ' Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel of said.')).toBeUndefined()
    expect(after('"Go,"', ' The Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel said.')).toMatchObject({speaker: 'The Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel'})
  })

  test('a quoted nickname inside a name is part of it, only between capitalized words', () => {
    expect(after('"Go,"', ' said Guadalupe "Lupe" Ferrante-Ochoa.')).toMatchObject({speaker: 'Guadalupe "Lupe" Ferrante-Ochoa'})
    expect(after('"Go,"', ' said Guadalupe “Lupe” Ferrante-Ochoa.')).toMatchObject({speaker: 'Guadalupe “Lupe” Ferrante-Ochoa'})
    expect(after('"Go,"', ' said Guadalupe "Lupe" ferrante.')).toMatchObject({speaker: 'Guadalupe'})
    expect(after('"Go,"', ' said the "Lupe" Ferrante.')).toMatchObject({speaker: 'the'})
    expect(after('"Go,"', ' said Guadalupe "Lupe".')).toMatchObject({speaker: 'Guadalupe'})
    // A nickname that ends the text has no name after it.
    expect(after('"Go,"', ' said Guadalupe "Lupe"')).toMatchObject({speaker: 'Guadalupe'})
    expect(after('"Go,"', " said Guadalupe 'Lupe' Ferrante.")).toMatchObject({speaker: 'Guadalupe'})
  })

  test('a name phrase stops at fourteen tokens', () => {
    expect(after('"Go,"', ` said ${names(15)}.`)).toMatchObject({speaker: names(14)})
    expect(after('"Go,"', ` said ${names(14)}.`)).toMatchObject({speaker: names(14)})
  })
})

describe('attributionBefore, for a paragraph that ends in the colon of the next quote', () => {
  test.each([
    ['In a statement, the department wrote:', {cue: 'wrote', speaker: 'the department', extent: 'the department wrote'}],
    ['Republican pollster Daron Shaw:', {cue: ':', speaker: 'Daron Shaw', extent: 'Daron Shaw'}],
    ['Kasich resisted:', {cue: ':', speaker: 'Kasich', extent: 'Kasich resisted'}],
    ['From Senator Vance:', {cue: ':', speaker: 'Senator Vance', extent: 'Senator Vance'}],
    ['Pollsters agree - Carl Bialik:', {cue: 'agree', speaker: 'Carl Bialik', extent: 'agree - Carl Bialik'}],
    ['Mayor Jane Roe released the following statement:', {cue: ':', speaker: 'Mayor Jane Roe', extent: 'Mayor Jane Roe released the following statement'}]
  ])('%s', (paragraph, expected) => {
    expect(leadIn(paragraph)).toEqual({order: 'svq', description: undefined, ...expected})
  })

  test('no colon, no speaker', () => {
    expect(leadIn('Kasich resisted.')).toBeUndefined()
    expect(leadIn('Republican pollster Daron Shaw.')).toBeUndefined()
    expect(leadIn('From Senator Vance.')).toBeUndefined()
  })
})

describe('attributionBefore', () => {
  test.each([
    ['Mayor Mike Johnston said: ', {cue: 'said', speaker: 'Mayor Mike Johnston', extent: 'Mayor Mike Johnston said:'}],
    ['In a statement, the department wrote: ', {cue: 'wrote', speaker: 'the department', extent: 'the department wrote:'}],
    ['Hugh Hill, a doctor at the clinic, said ', {cue: 'said', speaker: 'Hugh Hill', extent: 'Hugh Hill, a doctor at the clinic, said'}],
    ['She called it ', {cue: 'called', speaker: 'She', extent: 'She called it'}],
    ['But Sen. Jane Roe (D-Ill.), noting the vote, said: ', {cue: 'said', speaker: 'Sen. Jane Roe', extent: 'Sen. Jane Roe (D-Ill.), noting the vote, said:'}],
    // A participle after a comma has the subject of the clause before it.
    ['Spicer said, adding, ', {cue: 'adding', speaker: 'Spicer', extent: 'Spicer said, adding,'}],
    ['Jane Roe took to Twitter, writing: ', {cue: 'writing', speaker: 'Jane Roe', extent: 'Jane Roe took to Twitter, writing:'}],
    // A capitalized opener is no subject when a later part names one.
    ['Holding open a book, Beck said: ', {cue: 'said', speaker: 'Beck', extent: 'Beck said:'}],
    ['No wonder Trump said ', {cue: 'said', speaker: 'Trump', extent: 'Trump said'}],
    ['A man asked for a photo and Clinton said ', {cue: 'said', speaker: 'Clinton', extent: 'Clinton said'}],
    ["She spoke, to which O'Malley interjected: ", {cue: 'interjected', speaker: "O'Malley", extent: "O'Malley interjected:"}],
    ['As Jane Roe said last week, ', {cue: 'said', speaker: 'Jane Roe', extent: 'Jane Roe said last week,'}],
    ['The debate grew so heated that Gov. Jane Roe said ', {cue: 'said', speaker: 'Gov. Jane Roe', extent: 'Gov. Jane Roe said'}],
    ['The official who met Trump said ', {cue: 'said', speaker: 'The official', extent: 'The official who met Trump said'}],
    // The verb first.
    ['Said Comey, ', {cue: 'Said', speaker: 'Comey', extent: 'Said Comey,'}],
    ['According to HuffPo: ', {cue: 'According to', speaker: 'HuffPo', extent: 'According to HuffPo:'}],
    ['Pollsters agree - Carl Bialik: ', {cue: 'agree', speaker: 'Carl Bialik', extent: 'agree - Carl Bialik:'}],
    // A colon for a cue.
    ['Republican pollster Daron Shaw: ', {cue: ':', speaker: 'Daron Shaw', extent: 'Daron Shaw:'}],
    ['Kasich resisted: ', {cue: ':', speaker: 'Kasich', extent: 'Kasich resisted:'}],
    ['Mayor Jane Roe released the following statement: ', {cue: ':', speaker: 'Mayor Jane Roe', extent: 'Mayor Jane Roe released the following statement:'}],
    ['From Senator Vance: ', {cue: ':', speaker: 'Senator Vance', extent: 'Senator Vance:'}],
    // Names before the verb.
    ["the Harlan Gazette's Otto Brandt puts it ", {cue: 'puts it', speaker: "the Harlan Gazette's Otto Brandt", extent: "the Harlan Gazette's Otto Brandt puts it"}],
    ['The Department of Health and Human Services said ', {cue: 'said', speaker: 'The Department of Health and Human Services', extent: 'The Department of Health and Human Services said'}],
    ['Jane Roe reportedly said ', {cue: 'said', speaker: 'Jane Roe', extent: 'Jane Roe reportedly said'}],
    ['then she wrote ', {cue: 'wrote', speaker: 'she', extent: 'she wrote'}],
    // A conjunction that opens the sentence is no part of its subject.
    ['And Jane Roe said: ', {cue: 'said', speaker: 'Jane Roe', extent: 'Jane Roe said:'}],
    ['But she said ', {cue: 'said', speaker: 'she', extent: 'she said'}],
    ['Yet then Jane Roe said ', {cue: 'said', speaker: 'Jane Roe', extent: 'Jane Roe said'}],
    // Lead-ins, openers and asides are passed over.
    ['In a statement, Jane Roe, a nurse, said: ', {cue: 'said', speaker: 'Jane Roe', extent: 'Jane Roe, a nurse, said:'}],
    ['Jane Roe, who led the board, said ', {cue: 'said', speaker: 'Jane Roe', extent: 'Jane Roe, who led the board, said'}],
    ['Jane Roe spoke to a man, who said ', {cue: 'said', speaker: 'Jane Roe', extent: 'Jane Roe spoke to a man, who said'}],
    ['Jones, the mayor, wrote: ', {cue: 'wrote', speaker: 'Jones', extent: 'Jones, the mayor, wrote:'}],
    ['The man who won said ', {cue: 'said', speaker: 'The man', extent: 'The man who won said'}],
    ['The debate grew heated over who won, and Roe said ', {cue: 'said', speaker: 'Roe', extent: 'Roe said'}],
    ['Later, Roe said ', {cue: 'said', speaker: 'Roe', extent: 'Roe said'}],
    ['Additionally, she said ', {cue: 'said', speaker: 'she', extent: 'she said'}],
    ['Quickly, Roe said ', {cue: 'said', speaker: 'Roe', extent: 'Roe said'}],
    ['Speaking to reporters, Roe said ', {cue: 'said', speaker: 'Roe', extent: 'Roe said'}],
    ['Smith, delivering the speech, said ', {cue: 'said', speaker: 'Smith', extent: 'Smith, delivering the speech, said'}],
    ['Roe said, adding ', {cue: 'adding', speaker: 'Roe', extent: 'Roe said, adding'}],
    // With no comma before it, an -ing cue finds its subject as any cue does, not in the clause before it.
    ["Jane Roe answered John Doe's question on Facebook writing, ", {cue: 'writing', speaker: 'Jane Roe', extent: "Jane Roe answered John Doe's question on Facebook writing,"}],
    // A participle after a clause with no cue: the subject of that clause, the capitalized part after `the`.
    ['The Senate voted, saying ', {cue: 'saying', speaker: 'The Senate', extent: 'The Senate voted, saying'}],
    // A clause with no cue and no subject that opens with a name: the first part that names someone.
    ['After the vote, Jane Roe, a nurse, stood up, saying ', {cue: 'saying', speaker: 'Jane Roe', extent: 'Jane Roe, a nurse, stood up, saying'}],
    // A determiner's capital names no one, alone or before a lower-case head.
    ['His daughter, Michelle Dubois, said ', {cue: 'said', speaker: 'Michelle Dubois', extent: 'Michelle Dubois, said'}],
    ['This, Jane Roe, a nurse, said, ', {cue: 'said', speaker: 'Jane Roe', extent: 'Jane Roe, a nurse, said,'}],
    // `As X said,` keeps its name: only a comma after the cue counts, not one before the `as`.
    ['Later, as she said in a statement, ', {cue: 'said in a statement', speaker: 'she', extent: 'she said in a statement,'}],
    // A name inside an aside is not the verb's subject; the part before the aside is.
    ['Jane Roe, who knows Trump said ', {cue: 'said', speaker: 'Jane Roe', extent: 'Jane Roe, who knows Trump said'}],
    // A pronoun that takes up the name does not replace it.
    ['Jane Roe she said ', {cue: 'said', speaker: 'Jane Roe', extent: 'Jane Roe she said'}],
    // A relative pronoun after a function word opens no relative clause of the subject: the name before the verb is it.
    ['The debate grew heated over who won and Roe said ', {cue: 'said', speaker: 'Roe', extent: 'Roe said'}],
    // The one spoken to, after the verb, is no speaker: not by the verb-first rule, nor as a name before the colon.
    ['Jane Roe told Carl Bialik: ', {cue: 'told', speaker: 'Jane Roe', extent: 'Jane Roe told Carl Bialik:'}],
    ['Rose on Monday told Trump: ', {cue: 'told', speaker: 'Rose', extent: 'Rose on Monday told Trump:'}],
    ['Jane Roe said – not for the first time – to Carl Bialik: ', {cue: 'said', speaker: 'Jane Roe', extent: 'Jane Roe said – not for the first time – to Carl Bialik:'}],
    // A colon clause's subject runs through `&`.
    ['Johnson & Johnson resisted: ', {cue: ':', speaker: 'Johnson & Johnson', extent: 'Johnson & Johnson resisted:'}],
    // A name before the colon is a lead-in's only right before it: past an adverb, the clause's subject speaks.
    ['Voters gave the job to Jane Roe overwhelmingly: ', {cue: ':', speaker: 'Voters', extent: 'Voters gave the job to Jane Roe overwhelmingly:'}],
    // A name inside the sentence is someone's (`Early`), not an opener by its ending.
    ['A man waved and Early said ', {cue: 'said', speaker: 'Early', extent: 'Early said'}],
    // A function word that opens the sentence is no subject: the name after the verb is.
    ['If asked, said Comey, ', {cue: 'said', speaker: 'Comey', extent: 'said Comey,'}],
    // An aside opened by `an` holds the name before the verb too.
    ['Jane Roe, an expert who knows Trump said ', {cue: 'said', speaker: 'Jane Roe', extent: 'Jane Roe, an expert who knows Trump said'}],
    // A common word as a surname before a party is no opener: the aside after it holds the other name.
    ['Young (R-Ind.), who knows Roe said ', {cue: 'said', speaker: 'Young', extent: 'Young (R-Ind.), who knows Roe said'}],
    // A conjunction before a determiner is no part of the subject.
    ['But the company said: ', {cue: 'said', speaker: 'the company', extent: 'the company said:'}],
    // A part that opens with a cue is no subject, though a name follows the cue.
    ['the mayor, adding Trump, said ', {cue: 'said', speaker: 'the mayor', extent: 'the mayor, adding Trump, said'}],
    // An owner's name before the speaker's: six words at most, the first four with no possessive needed.
    ["A man waved and the Big Gulf Coast Harlan Gazette's Otto Brandt said ", {cue: 'said', speaker: "Gulf Coast Harlan Gazette's Otto Brandt", extent: "Gulf Coast Harlan Gazette's Otto Brandt said"}],
    ["Roe's aide waved and Alpha Bravo Charlie Delta Echo said ", {cue: 'said', speaker: 'Bravo Charlie Delta Echo', extent: 'Bravo Charlie Delta Echo said'}],
    ["A man waved and the Harlan Gazette's Otto Lee Brandt said ", {cue: 'said', speaker: "the Harlan Gazette's Otto Lee Brandt", extent: "the Harlan Gazette's Otto Lee Brandt said"}],
    ["A man waved and Acme's Otto Lee Brandt said ", {cue: 'said', speaker: "Acme's Otto Lee Brandt", extent: "Acme's Otto Lee Brandt said"}],
    // An abbreviated state alone ends a place; dotted capitals that open a longer part name someone.
    ['In Concord, N.H., Jane Roe, a nurse, said ', {cue: 'said', speaker: 'Jane Roe', extent: 'Jane Roe, a nurse, said'}],
    ['U.S. Sen. Jane Roe, Ohio Democrat, said ', {cue: 'said', speaker: 'U.S. Sen. Jane Roe', extent: 'U.S. Sen. Jane Roe, Ohio Democrat, said'}],
    // Dashes only between the verb and a name before the colon.
    ['Pollsters agree – — Carl Bialik: ', {cue: 'agree', speaker: 'Carl Bialik', extent: 'agree – — Carl Bialik:'}],
    ['Pollsters agree, Carl Bialik: ', {cue: 'agree', speaker: 'Pollsters', extent: 'Pollsters agree, Carl Bialik:'}],
    // A colon clause: the subject of a verb after any lead-in or conjunction.
    ['Kasich resisted the plan: ', {cue: ':', speaker: 'Kasich', extent: 'Kasich resisted the plan:'}],
    ['In response to the loss, Kasich resisted: ', {cue: ':', speaker: 'Kasich', extent: 'Kasich resisted:'}],
    ['But Kasich resisted: ', {cue: ':', speaker: 'Kasich', extent: 'Kasich resisted:'}],
    ['Kasich: ', {cue: ':', speaker: 'Kasich', extent: 'Kasich:'}],
    // A name phrase never ends on a joiner: the others are no part of the speaker.
    ['Jane Roe and others released this: ', {cue: ':', speaker: 'Jane Roe', extent: 'Jane Roe and others released this:'}],
    ['Commissioner Jane Roe and two aides said ', {cue: 'said', speaker: 'Commissioner Jane Roe', extent: 'Commissioner Jane Roe and two aides said'}],
    ['The Board of Education replied ', {cue: 'replied', speaker: 'The Board of Education', extent: 'The Board of Education replied'}],
    // After `the`, the capitalized words before a verb are the subject; a role after them stays in the phrase.
    ['The Senate voted: ', {cue: ':', speaker: 'The Senate', extent: 'The Senate voted:'}],
    // The capitalized part runs through a joiner only to another capitalized word.
    ['The Senate and House voted: ', {cue: ':', speaker: 'The Senate and House', extent: 'The Senate and House voted:'}],
    ['The Senate and others voted: ', {cue: ':', speaker: 'The Senate', extent: 'The Senate and others voted:'}],
    ['The Senate voted on the bill: ', {cue: ':', speaker: 'The Senate', extent: 'The Senate voted on the bill:'}],
    ['The Board of Education voted: ', {cue: ':', speaker: 'The Board of Education', extent: 'The Board of Education voted:'}],
    // A participle's subject comes from the clause before it, also when that clause puts its verb first.
    ['Said Comey, adding: ', {cue: 'adding', speaker: 'Comey', extent: 'Said Comey, adding:'}],
    // The first part that names someone, not the first part.
    ['the mayor, Jane Roe, said ', {cue: 'said', speaker: 'Jane Roe', extent: 'Jane Roe, said'}],
    ['Holding open a book, Beck, a teacher, said ', {cue: 'said', speaker: 'Beck', extent: 'Beck, a teacher, said'}],
    // Only `As X said,` loses the name before the verb to a comma after it.
    ['No wonder Trump said last week, in Ohio, ', {cue: 'said', speaker: 'Trump', extent: 'Trump said last week, in Ohio,'}],
    // Adverbs before the colon: the clause's subject, and the colon its cue.
    ['Kasich also: ', {cue: ':', speaker: 'Kasich', extent: 'Kasich also:'}],
    // A name before the colon with one word not in capitals.
    ['French President Emmanuel MACRON: ', {cue: ':', speaker: 'French President Emmanuel MACRON', extent: 'French President Emmanuel MACRON:'}],
    ['According to the Pentagon: ', {cue: 'According to', speaker: 'the Pentagon', extent: 'According to the Pentagon:'}],
    // The name right before the verb, past adverbs before and after it.
    ['A man waved and Clinton reportedly said ', {cue: 'said', speaker: 'Clinton', extent: 'Clinton reportedly said'}],
    ['A man waved and Clinton said later ', {cue: 'said', speaker: 'Clinton', extent: 'Clinton said later'}],
    // A capitalized determiner is part of the name; an owner's name with its article, up to six words.
    ['No wonder The Donald said ', {cue: 'said', speaker: 'The Donald', extent: 'The Donald said'}],
    ["A man waved and the Gulf Coast Harlan Gazette's Otto Brandt said ", {cue: 'said', speaker: "the Gulf Coast Harlan Gazette's Otto Brandt", extent: "the Gulf Coast Harlan Gazette's Otto Brandt said"}],
    ['and Human Services said ', {cue: 'said', speaker: 'Human Services', extent: 'Human Services said'}],
    // A subject phrase that reaches the verb keeps its head words; an opener before a comma is no subject.
    ["The city's new mayor Mike Johnston said ", {cue: 'said', speaker: "The city's new mayor Mike Johnston", extent: "The city's new mayor Mike Johnston said"}],
    ['Overall, Beck, a teacher, said ', {cue: 'said', speaker: 'Beck', extent: 'Beck, a teacher, said'}],
    // Openers: a first word followed by a clause of its own or a comma, or one ending in -ing or -ly.
    ['Residents packed the hall, Beck, a teacher, said ', {cue: 'said', speaker: 'Beck', extent: 'Beck, a teacher, said'}],
    ['Singing, Beck, a teacher, said ', {cue: 'said', speaker: 'Beck', extent: 'Beck, a teacher, said'}],
    ['Kindly, Beck, a teacher, said ', {cue: 'said', speaker: 'Beck', extent: 'Beck, a teacher, said'}],
    // `-ing` inside a word is no participle.
    ['Singers resisted: ', {cue: ':', speaker: 'Singers', extent: 'Singers resisted:'}],
    // Four words at most before the verb, past a clause.
    [`A man waved and ${names(5)} said `, {cue: 'said', speaker: names(5).slice('Alpha '.length), extent: names(5).slice('Alpha '.length) + ' said'}]
  ])('%s', (lead, expected) => {
    expect(before(lead)).toEqual({order: 'svq', description: undefined, ...expected})
  })

  test.each([
    ['no cue', 'The sky was blue and '],
    ['a clause introduced by `as` that does not introduce the quote', 'As Jane Roe spoke, the union was voting against '],
    ['a name after a preposition', 'a spokesperson for the Health Department called '],
    ['a colon after words that are no subject', 'In response, the board was conclusive in its findings: '],
    ['a colon after a date word', 'Updated Monday: '],
    ['a colon after a lower-case word', 'here is the text: '],
    ['the verb first before a lower-case word', 'Said the mayor, '],
    ['the verb first, a name and more words', 'Said Comey to me: '],
    ['the verb first, a name and an aside', 'Said Comey, the director, '],
    ['a colon after an all-caps word', 'AP: '],
    ['a colon after a date word and a word', 'Monday Update: '],
    ['From and a lower-case word', 'From the mayor: '],
    ['From, a name and more words', 'From Senator Vance and others: '],
    ['From and a name before a comma', 'From Senator Vance, '],
    ['a colon clause after a date word', 'Updated Kasich resisted: '],
    ['a colon after common words', 'Key Facts: '],
    ['From and a name of more than eight tokens with marks', 'From Alpha & Bravo & Charlie & Delta & Echo: '],
    ['a colon clause whose subject is followed by a mark', 'Kasich (R) resisted: '],
    ['a colon clause whose subject is too long', 'Alpha & Bravo & Charlie & Delta & Echo resisted: '],
    ['a colon clause after an opener', 'Finally Kasich resisted: '],
    ['a colon clause whose capitalized words end in a role', 'The State Department spokeswoman frowned: '],
    ['a colon clause of `the` and lower-case words only', 'The city council voted: '],
    ['the end of a longer name after a long clause', 'A tall man waved at us and Health and Human Services said '],
    ['nothing before the quote', ''],
    ['a subject phrase longer than eight tokens', 'The tall old man from the north side east said '],
    ['a colon alone', ': '],
    ['a clause with no cue and no colon', 'The Senate voted '],
    ['the verb first, a name and words before an aside', 'Said Dorothy Poynter to a neighbor, ']
  ])('none for %s', (_, lead) => {
    expect(before(lead)).toBeUndefined()
  })
})

describe('cueLength: a document after its owner', () => {
  const cue = (text: string, at: number) => cueLength(tokenize(text), at)
  test('is a noun, not a verb', () => {
    expect(cue("the mayor's report", 2)).toBe(0)
    expect(cue("Bush's Facebook post", 2)).toBe(0)
  })
  test('a document word with no owner before it is a verb', () => {
    expect(cue('they report', 1)).toBe(1)
    expect(cue('the Acme report', 2)).toBe(1)
    expect(cue("Bush's big report", 2)).toBe(1)
    expect(cue('report', 0)).toBe(1)
    // A capitalized word before it at the text's start, with no token before that to own it.
    expect(cue('Acme report', 1)).toBe(1)
  })
})

describe('dashedAside', () => {
  /** The attribution of the first double-quoted span of `text`, set between dashes. */
  function aside(text: string) {
    const tokens = tokenize(text)
    const open = tokens.findIndex((token) => token.text === '"')
    const close = tokens.findIndex((token, index) => index > open && token.text === '"')
    return render(text, tokens, dashedAside(tokens, 0, open, close))
  }

  test('a quote between dashes is the words of the named subject of the clause before', () => {
    expect(aside('When Trump finally wrapped up — "We won!" — the balloons fell.')).toEqual({order: 'svq', cue: '—', speaker: 'Trump', description: undefined, extent: 'Trump finally wrapped up —'})
    // After `the`, the capitalized words only, though a `that` stops the phrase before the dash.
    expect(aside('When the Senate voted that day — "We won!" — the balloons fell.')).toMatchObject({speaker: 'the Senate'})
    for (const opener of ['As', 'After', 'Then', 'And']) expect(aside(`${opener} Trump finally wrapped up — "We won!" — the balloons fell.`), opener).toMatchObject({speaker: 'Trump'})
    expect(aside('Trump finally wrapped up — "We won!" — and the balloons fell.')).toMatchObject({speaker: 'Trump'})
  })

  test('not without both dashes, without a name, or with a cue after the closing dash', () => {
    expect(aside('When Trump finally wrapped up "We won!" — the balloons fell.')).toBeUndefined()
    expect(aside('When Trump finally wrapped up — "We won!" the balloons fell.')).toBeUndefined()
    expect(aside('When the crowd finally waited — "We won!" — the balloons fell.')).toBeUndefined()
    expect(aside('When Trump finally wrapped up — "USA!" — the crowd chanted.')).toBeUndefined()
    // A comma does not end the look for a cue.
    expect(aside('When Trump finally wrapped up — "USA!" — the balloons fell, the crowd chanted.')).toBeUndefined()
  })

  test('a cue after the sentence ends, or forty tokens after the quote, is another sentence\'s', () => {
    expect(aside('When Trump finally wrapped up — "We won!" — the balloons fell. The crowd chanted.')).toMatchObject({speaker: 'Trump'})
    expect(aside('When Trump finally wrapped up — "We won!" — the balloons fell! The crowd chanted.')).toMatchObject({speaker: 'Trump'})
    expect(aside('When Trump finally wrapped up — "We won!" — the balloons fell? The crowd chanted.')).toMatchObject({speaker: 'Trump'})
    expect(aside(`When Trump finally wrapped up — "We won!" — ${'very '.repeat(37)}chanted.`)).toBeUndefined()
    expect(aside(`When Trump finally wrapped up — "We won!" — ${'very '.repeat(38)}chanted.`)).toMatchObject({speaker: 'Trump'})
    // The end of the text ends the look.
    expect(aside('When Trump finally wrapped up — "We won!" —')).toMatchObject({speaker: 'Trump'})
  })
})

describe('attributionBefore after a dateline', () => {
  const statement = ' Mayor Jane Roe released the following statement:'
  const speaker = (dateline: string) => leadIn(dateline + statement)?.speaker

  test('the subject is read after a dateline of capitals, or of a city, a comma and a region', () => {
    expect(leadIn('DENVER —' + statement)).toEqual({order: 'svq', cue: ':', speaker: 'Mayor Jane Roe', description: undefined, extent: 'Mayor Jane Roe released the following statement'})
    expect(speaker('LAS CRUCES, N.M. —')).toBe('Mayor Jane Roe')
    expect(speaker('Boise, Idaho —')).toBe('Mayor Jane Roe')
    expect(speaker('DENVER --')).toBe('Mayor Jane Roe')
    expect(speaker('DENVER -')).toBe('Mayor Jane Roe')
  })

  test('not a Title Case word alone, a single letter, a lower-case word before the dash, or a dash past twelve tokens', () => {
    expect(speaker('Denver —')).not.toBe('Mayor Jane Roe')
    expect(speaker('D —')).not.toBe('Mayor Jane Roe')
    expect(speaker('DENVER police —')).not.toBe('Mayor Jane Roe')
    expect(speaker('ALPHA BRAVO CHARLIE DELTA ECHO FOXTROT GOLF HOTEL INDIA JULIET KILO LIMA —')).not.toBe('Mayor Jane Roe')
    expect(speaker('ALPHA BRAVO CHARLIE DELTA ECHO FOXTROT GOLF HOTEL INDIA JULIET KILO —')).toBe('Mayor Jane Roe')
  })

  test('a dash typed twice is one dash', () => {
    expect(speaker('DENVER —-')).toBe('Mayor Jane Roe')
  })

  test('a sentence later in the block is read from its own start, past the dateline', () => {
    const text = 'DENVER — It rained. Mayor Jane Roe released the following statement:'
    const tokens = tokenize(text)
    expect(render(text, tokens, attributionBefore(tokens, tokens.findIndex((token) => token.text === 'Mayor'), tokens.length - 1))?.speaker).toBe('Mayor Jane Roe')
  })

  test('no word before the range is read as the subject', () => {
    expect(attributionBefore(tokenize('she said "Go."'), 1, 2)).toBeUndefined()
    const text = 'the Gazette\'s Otto Brandt said "Go."'
    const tokens = tokenize(text)
    expect(render(text, tokens, attributionBefore(tokens, 1, tokens.findIndex((token) => token.text === '"')))?.speaker).toBe("Gazette's Otto Brandt")
    // Nor after the quote: a capital before the range does not make a role word a speaker's start.
    expect(attributionAfter(tokenize('Acme spokeswoman for the group said.'), 1, 7)).toBeUndefined()
  })

  test('no part of a longer name: the last word of `X & Y`, nor a name after a lead-in word with no comma', () => {
    expect(before('A man waved and Johnson & Johnson said ')?.speaker).not.toBe('Johnson')
    expect(leadIn('In Ohio Kasich resisted:')?.speaker).not.toBe('Ohio Kasich')
    // A month is no part of a name before the colon.
    expect(leadIn('Kasich January:')?.speaker).not.toBe('Kasich January')
  })

  test('a text that ends at the dash or before any colon has no attribution', () => {
    expect(attributionBefore(tokenize('DENVER -'), 0, 2)).toBeUndefined()
    expect(attributionBefore(tokenize('Kasich resisted'), 0, 2)).toBeUndefined()
  })

  test('only at the start of the block', () => {
    const text = 'Then DENVER —' + statement
    const tokens = tokenize(text)
    expect(render(text, tokens, attributionBefore(tokens, 1, tokens.length - 1))?.speaker).not.toBe('Mayor Jane Roe')
  })
})

describe('attributionBefore: a possessor and a reply noun before the colon', () => {
  test.each([
    ["Clinton's response was:", {cue: ':', speaker: "Clinton's", extent: "Clinton's response was"}],
    ["Clinton's message is:", {cue: ':', speaker: "Clinton's", extent: "Clinton's message is"}],
    ["The mayor's advice:", {cue: ':', speaker: "The mayor's", extent: "The mayor's advice"}],
    ["Jane Roe's verdict:", {cue: ':', speaker: "Jane Roe's", extent: "Jane Roe's verdict"}]
  ])('%s', (paragraph, expected) => {
    expect(leadIn(paragraph)).toEqual({order: 'svq', description: undefined, ...expected})
  })

  test('before the opening mark, past the colon', () => {
    expect(before("Clinton's response was: ")).toEqual({order: 'svq', cue: ':', speaker: "Clinton's", description: undefined, extent: "Clinton's response was:"})
  })

  test('not another noun, no possessor, marks between, a possessor longer than a speaker, or no colon', () => {
    expect(leadIn("The tall old man from the north side east's verdict:")).toBeUndefined()
    expect(leadIn("In short, the mayor's verdict:")).toBeUndefined()
    expect(leadIn("Clinton's lunch was:")).toBeUndefined()
    expect(leadIn('The response was:')).toBeUndefined()
    expect(leadIn('response:')).toBeUndefined()
    expect(leadIn("Clinton's (first) response:")).toBeUndefined()
    expect(leadIn("Clinton's, response:")).toBeUndefined()
    expect(leadIn("Clinton's response was.")).toBeUndefined()
  })
})

describe('attributionBefore: a name and a party before the colon', () => {
  test('the name ends before a short parenthesis', () => {
    expect(leadIn('Rep. Trey Gowdy (R-S.C.):')).toEqual({order: 'svq', cue: ':', speaker: 'Rep. Trey Gowdy', description: undefined, extent: 'Rep. Trey Gowdy (R-S.C.)'})
    expect(leadIn('Rep. Trey Gowdy (D):')).toMatchObject({speaker: 'Rep. Trey Gowdy'})
  })
  test('a parenthesis of up to seven tokens', () => {
    expect(leadIn('Rep. Trey Gowdy (one two three four five):')).toMatchObject({speaker: 'Rep. Trey Gowdy'})
    expect(leadIn('Rep. Trey Gowdy (one two three four five six):')).toBeUndefined()
  })
  test('not a long parenthesis', () => {
    expect(leadIn('Rep. Trey Gowdy (of the big region of South Carolina):')).toBeUndefined()
  })
})

describe('attributionAfter: a clause of its own before the cue is no subject', () => {
  test('a verb after the name makes a clause', () => {
    expect(after('"Go."', ' Trump went fully on the attack, saying so.')).toBeUndefined()
  })
  test('a preposition, a cue adverb, a determiner or an -ly adverb after the name does not', () => {
    expect(after('"Go,"', ' Smith on Monday said.')).toMatchObject({speaker: 'Smith on Monday'})
    expect(after('"Go,"', ' Smith then said.')).toMatchObject({speaker: 'Smith'})
    expect(after('"Go,"', ' Smith reportedly said.')).toMatchObject({speaker: 'Smith'})
    expect(after('"Go,"', ' Smith this week said.')).toMatchObject({speaker: 'Smith this week'})
    expect(after('"Go,"', " Denver's mayor said.")).toMatchObject({speaker: "Denver's mayor"})
  })
})

describe('attributionBefore: the verb first, an aside after the name', () => {
  test('an aside set off by commas between the name and the quote', () => {
    expect(before('Said Dorothy Poynter, who grew up with Ali, ')).toMatchObject({order: 'svq', cue: 'Said', speaker: 'Dorothy Poynter'})
    expect(before('Said Dorothy Poynter, a neighbor, ')).toMatchObject({speaker: 'Dorothy Poynter'})
    expect(before('Said Dorothy Poynter: ')).toMatchObject({speaker: 'Dorothy Poynter'})
  })
  test('not an aside that does not end in a comma, nor other words after the name', () => {
    expect(before('Said Dorothy Poynter, who grew up with Ali ')?.speaker).not.toBe('Dorothy Poynter')
    expect(before('Said Dorothy Poynter, and others, ')?.speaker).not.toBe('Dorothy Poynter')
    expect(before('Said Dorothy Poynter today ')?.speaker).not.toBe('Dorothy Poynter')
    expect(before('Said Dorothy Poynter, , ')).toMatchObject({speaker: 'Dorothy Poynter'})
  })
})
