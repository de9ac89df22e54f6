// Finding and attributing quotations, on invented paragraphs: pairing across paragraphs, split quotes,
// lead-ins, dash lines, blockquotes, continuations, and what is a term rather than speech. The mentions
// are made from the names each test lists (test/helpers/scene.ts, no recognizer).
import {describe, expect, test} from 'vitest'
import {type OtherBlock, type Part, scene} from '../../test/helpers/scene.js'
import {findQuotations} from './quotations.js'

/** The quotations of the blocks as `[speaker or null, text of each part joined with ' / ']`, and the terms' texts. */
function read(blocks: readonly (string | OtherBlock)[], cast: Record<string, Part> = {}, body?: readonly number[]) {
  const made = scene(blocks, cast)
  const text = (block: number, start: number, end: number) => made.blocks[block]!.block.text.slice(start, end)
  const {quotations, terms} = findQuotations(made.blocks, body ?? made.blocks.map((_, index) => index), made.mentionsByBlock, made.grouping)
  return {
    quotes: quotations.map((quotation) => [quotation.speaker?.entity.name ?? null, quotation.parts.map((part) => text(part.block, part.start, part.end)).join(' / ')]),
    resolutions: quotations.map((quotation) => quotation.speaker?.resolution ?? null),
    terms: terms.map(({part}) => text(part.block, part.start, part.end))
  }
}

const quotes = (blocks: readonly (string | OtherBlock)[], cast: Record<string, Part> = {}) => read(blocks, cast).quotes
const terms = (blocks: readonly (string | OtherBlock)[], cast: Record<string, Part> = {}) => read(blocks, cast).terms
const ruiz: Record<string, Part> = {'Ana Ruiz': {gender: 'female', aliases: ['Ruiz']}}

describe('quotes and their speakers', () => {
  test('a quote with its attribution after or before it', () => {
    expect(quotes(['"We will rebuild," Ana Ruiz said.'], ruiz)).toEqual([['Ana Ruiz', 'We will rebuild,']])
    expect(quotes(['Ana Ruiz said: "We will rebuild."'], ruiz)).toEqual([['Ana Ruiz', 'We will rebuild.']])
    expect(quotes(['"We will rebuild the whole town."'])).toEqual([[null, 'We will rebuild the whole town.']])
  })

  test('marks around nothing are no quotation', () => {
    expect(read(['She wrote "" and left.', 'Then "  " too.'])).toEqual({quotes: [], resolutions: [], terms: []})
  })

  test('a quote split by its attribution is one quotation, unless the second part has a speaker of its own', () => {
    expect(quotes(['"We lost homes," Ana Ruiz said. "We will rebuild."'], ruiz)).toEqual([['Ana Ruiz', 'We lost homes, / We will rebuild.']])
    expect(quotes(['"We lost homes," Ana Ruiz said. "We will rebuild," Bo Lee said.'], {...ruiz, 'Bo Lee': {}})).toEqual([
      ['Ana Ruiz', 'We lost homes,'],
      ['Bo Lee', 'We will rebuild,']
    ])
    // An attribution before the first part (`X said: "A." "B."`) does not take in a later part of the paragraph.
    expect(quotes(['Ana Ruiz said: "We lost homes." Then Bo Lee came. "We will rebuild them all."'], {...ruiz, 'Bo Lee': {}})).toEqual([
      ['Ana Ruiz', 'We lost homes.'],
      [null, 'We will rebuild them all.']
    ])
  })

  test('a quote left open at the end of a paragraph goes on in the next one that opens with a mark', () => {
    expect(quotes(['"We lost homes.', '"We will rebuild," Ana Ruiz said.'], ruiz)).toEqual([['Ana Ruiz', 'We lost homes. / We will rebuild,']])
    expect(quotes(['"We lost homes and farms.', 'Ana Ruiz said "We will rebuild."'], ruiz)).toEqual([
      [null, 'We lost homes and farms.'],
      ['Ana Ruiz', 'We will rebuild.']
    ])
  })

  test('a paragraph that is only a quote, right after a quoted speaker, continues that speaker', () => {
    expect(read(['"We lost homes," Ana Ruiz said.', '"We will rebuild every house."'], ruiz)).toMatchObject({
      quotes: [['Ana Ruiz', 'We lost homes,'], ['Ana Ruiz', 'We will rebuild every house.']],
      resolutions: ['name', 'continuation']
    })
    // A paragraph between them, a quote that is not the whole paragraph, or no speaker before: no continuation.
    expect(quotes(['"We lost homes," Ana Ruiz said.', 'Rain fell all night.', '"We will rebuild every house."'], ruiz)).toEqual([['Ana Ruiz', 'We lost homes,'], [null, 'We will rebuild every house.']])
    expect(quotes(['"We lost homes," Ana Ruiz said.', '"We will rebuild every house." Rain fell.'], ruiz)).toEqual([['Ana Ruiz', 'We lost homes,'], [null, 'We will rebuild every house.']])
    expect(quotes(['"We lost homes," Ana Ruiz said.', '"We will rebuild the town," and "every single house in it."'], ruiz)).toEqual([
      ['Ana Ruiz', 'We lost homes,'],
      [null, 'We will rebuild the town,'],
      [null, 'every single house in it.']
    ])
    expect(quotes(['"We lost homes, all of them."', '"We will rebuild every house."'])).toEqual([[null, 'We lost homes, all of them.'], [null, 'We will rebuild every house.']])
    // Counted along the body: a trailer between the two is not in it.
    expect(read(['"We lost homes," Ana Ruiz said.', {kind: 'trailer', text: '___'}, '"We will rebuild every house."'], ruiz, [0, 2]).quotes).toEqual([
      ['Ana Ruiz', 'We lost homes,'],
      ['Ana Ruiz', 'We will rebuild every house.']
    ])
  })

  test('a lead-in paragraph ending in a colon attributes the quote of the next paragraph', () => {
    const cast = {'Acme Corp': {kind: 'organization' as const}}
    expect(quotes(['In a statement, Acme Corp wrote:', '"We will rebuild the plant."'], cast)).toEqual([['Acme Corp', 'We will rebuild the plant.']])
    expect(quotes(['In a statement, Acme Corp wrote this.', '"We will rebuild the plant."'], cast)).toEqual([[null, 'We will rebuild the plant.']])
  })

  test('a bare colon names only someone the story named', () => {
    expect(quotes(['Key Takeaways: "Rates will rise next year."'])).toEqual([[null, 'Rates will rise next year.']])
  })

  test('a line of just a dash and a name attributes the quote before it', () => {
    expect(quotes(['"We will rebuild the town."', '— Ana Ruiz'], ruiz)).toEqual([['Ana Ruiz', 'We will rebuild the town.']])
    // Not when the quote had a speaker already, or stood further back.
    expect(quotes(['"We will rebuild," Bo Lee said.', '— Ana Ruiz'], {...ruiz, 'Bo Lee': {}})).toEqual([['Bo Lee', 'We will rebuild,']])
    expect(quotes(['"We will rebuild the town."', 'Rain fell.', '— Ana Ruiz'], ruiz)).toEqual([[null, 'We will rebuild the town.']])
    // A long line is no dash line.
    expect(quotes(['"We will rebuild the town."', '— Ana Ruiz, who ran the relief effort after the flood of the river last spring, said so'], ruiz)).toEqual([
      [null, 'We will rebuild the town.']
    ])
  })

  test('a blockquote without marks is quoted whole; blockquotes of one group are one quotation', () => {
    const quote = (text: string, group = 1): OtherBlock => ({kind: 'blockquote', text, group})
    expect(quotes(['Ana Ruiz wrote:', quote('We will rebuild.'), quote('All of it.')], ruiz)).toEqual([['Ana Ruiz', 'We will rebuild. / All of it.']])
    expect(quotes([quote('We will rebuild the town.', 1), quote('All of it, every house.', 2)])).toEqual([[null, 'We will rebuild the town.'], [null, 'All of it, every house.']])
    expect(quotes([quote('We will rebuild the town.'), 'Rain fell.', quote('All of it, every house.')])).toEqual([[null, 'We will rebuild the town.'], [null, 'All of it, every house.']])
  })

  test('a cue with no subject goes on the earlier quote of its sentence', () => {
    expect(quotes(['Ana Ruiz told reporters "we lost homes," adding, "We will rebuild."'], ruiz)).toEqual([
      ['Ana Ruiz', 'we lost homes,'],
      ['Ana Ruiz', 'We will rebuild.']
    ])
  })

  test('an attribution after a partial quote wins over one before it', () => {
    const cast = {...ruiz, 'Bo Lee': {}}
    expect(quotes(['Ana Ruiz said the storm was "the worst in years," Bo Lee said.'], cast)).toEqual([['Bo Lee', 'the worst in years,']])
    // Not when the quote is introduced by its cue, or the words after it start another sentence.
    expect(quotes(['Ana Ruiz said, "The storm was the worst in years," Bo Lee said.'], cast)).toEqual([['Ana Ruiz', 'The storm was the worst in years,']])
  })
})

describe('terms: quoted words that are not speech', () => {
  test('single-quoted spans', () => {
    expect(terms(["the 'Big Top' crowd"])).toEqual(['Big Top'])
  })

  test('a nickname between a given name and a surname', () => {
    expect(read(['Later Bill "Sandy" Hughes left.'])).toEqual({quotes: [], resolutions: [], terms: ['Sandy']})
    expect(terms(['Later Bill "Big Sandy" Hughes left.'])).toEqual(['Big Sandy'])
  })

  test('a title inside a sentence', () => {
    expect(terms(['Ana Ruiz told "Fox and Friends" that rates rise.'], ruiz)).toEqual(['Fox and Friends'])
    expect(terms(["He appeared on CBS's \"Face the Nation\" on Sunday."])).toEqual(['Face the Nation'])
  })

  test('short quotes without attribution are scare quotes; title-case ones are titles', () => {
    expect(terms(['The so-called "plan" failed.'])).toEqual(['plan'])
    expect(terms(['The "new normal plan" failed.'])).toEqual(['new normal plan'])
    expect(terms(['The film "The Long Road Home" opens.'])).toEqual(['The Long Road Home'])
    // Four words or more, not a title: a quotation.
    expect(read(['The sign said "we are open today" again.'])).toMatchObject({quotes: [[null, 'we are open today']], terms: []})
    expect(read(['The film "The Long Road Home." opens.'])).toMatchObject({terms: []})
  })

  test('an attributed quote is speech however short', () => {
    expect(read(['"Yes," Ana Ruiz said.'], ruiz)).toMatchObject({quotes: [['Ana Ruiz', 'Yes,']], terms: []})
    expect(read(['Ana Ruiz said "Never."'], ruiz)).toMatchObject({quotes: [['Ana Ruiz', 'Never.']], terms: []})
  })

  test('a labeling verb: a judgment about its object is speech; a name it gives is a term', () => {
    expect(read(['Ana Ruiz called the plan "reckless."'], ruiz)).toMatchObject({quotes: [['Ana Ruiz', 'reckless.']], terms: []})
    expect(read(['Ana Ruiz called the collapse "a 12-minute nightmare."'], ruiz)).toMatchObject({quotes: [['Ana Ruiz', 'a 12-minute nightmare.']], terms: []})
    expect(read(['Ana Ruiz described the plan as "unworkable."'], ruiz)).toMatchObject({quotes: [['Ana Ruiz', 'unworkable.']], terms: []})
    expect(terms(['Ana Ruiz warned of a scam called "spoofing."'], ruiz)).toEqual(['spoofing.'])
    expect(terms(['Ana Ruiz called for "patience."'], ruiz)).toEqual(['patience.'])
  })
})

describe('each rule on both sides', () => {
  const cast = {...ruiz, 'Bo Lee': {}}

  test('an attribution after a partial quote does not win when the quote ends its sentence and the next one starts', () => {
    expect(quotes(['Ana Ruiz said in May, "We lost the plant material." Later, Bo Lee explained it.'], cast)).toEqual([['Ana Ruiz', 'We lost the plant material.']])
    expect(quotes(['Ana Ruiz said in May, "We lost the plant material," Bo Lee explained.'], cast)).toEqual([['Bo Lee', 'We lost the plant material,']])
  })

  test('a partial quote introduced by its cue (right before the marks, or before a colon or comma there) keeps the attribution before it', () => {
    expect(quotes(['Ana Ruiz said: "the worst in years," Bo Lee said.'], cast)).toEqual([['Ana Ruiz', 'the worst in years,']])
    expect(quotes(['Ana Ruiz said "the worst in years," Bo Lee said.'], cast)).toEqual([['Ana Ruiz', 'the worst in years,']])
    expect(quotes(['Ana Ruiz said then "the worst in years," Bo Lee said.'], cast)).toEqual([['Bo Lee', 'the worst in years,']])
    expect(quotes(['Ana Ruiz said, the storm was "the worst in years," Bo Lee said.'], cast)).toEqual([['Bo Lee', 'the worst in years,']])
  })

  test('a quote that starts a sentence after an earlier attribution starts its own', () => {
    expect(quotes(['"We lost homes," said Ana Ruiz. "We will rebuild," Bo Lee said.'], cast)).toEqual([
      ['Ana Ruiz', 'We lost homes,'],
      ['Bo Lee', 'We will rebuild,']
    ])
  })

  test('a paragraph that is only a quote: up to two characters after it, and a quote left open', () => {
    expect(read(['"We lost homes," Ana Ruiz said.', '"We will rebuild every house." —'], ruiz).resolutions).toEqual(['name', 'continuation'])
    expect(read(['"We lost homes," Ana Ruiz said.', '"We will rebuild every house." Yes'], ruiz).resolutions).toEqual(['name', null])
    expect(read(['"We lost homes," Ana Ruiz said.', 'Then "we will rebuild every house."'], ruiz).resolutions).toEqual(['name', null])
    expect(read(['"We lost homes," Ana Ruiz said.', '"We will rebuild every house', 'Rain fell.'], ruiz).resolutions).toEqual(['name', 'continuation'])
  })

  test('a short title-case quote introduced by its cue and a colon or comma is speech', () => {
    expect(quotes(['Ana Ruiz said: "Big Plans Ahead"'], ruiz)).toEqual([['Ana Ruiz', 'Big Plans Ahead']])
    expect(quotes(['Ana Ruiz said, "Big Plans Ahead"'], ruiz)).toEqual([['Ana Ruiz', 'Big Plans Ahead']])
    expect(quotes(['Ana Ruiz said; "Big Plans Ahead"'], ruiz)).toEqual([])
  })

  test('a labeling verb: `a` and a judgment is speech, also after a named object; a name it gives is a term', () => {
    expect(quotes(['Ana Ruiz called Polk "a liar."'], ruiz)).toEqual([['Ana Ruiz', 'a liar.']])
    expect(read(['Ana Ruiz called Polk "the Squad."'], ruiz)).toMatchObject({quotes: [], terms: ['the Squad.']})
    expect(read(['Ana Ruiz called Polk "liar."'], ruiz)).toMatchObject({quotes: [], terms: ['liar.']})
  })

  test('a title at the start of a sentence: up to eight capitalized words, commas inside allowed', () => {
    expect(terms(['"The Long Road Home To Our Valley Farm" opens Friday.'])).toEqual(['The Long Road Home To Our Valley Farm'])
    expect(read(['"The Long Road Home To Our Old Valley Farm" opens Friday.'])).toMatchObject({terms: [], quotes: [[null, 'The Long Road Home To Our Old Valley Farm']]})
    expect(terms(['"Love, Death And The Long Road" opens Friday.'])).toEqual(['Love, Death And The Long Road'])
    expect(read(['"The Long Road Home Is Here," opens Friday.'])).toMatchObject({terms: []})
  })

  test('a title inside a sentence', () => {
    expect(terms(['The film "The Long Road Home To Our Valley Farm" opens Friday.'])).toEqual(['The Long Road Home To Our Valley Farm'])
    expect(read(['The film "The Long Road Home To Our Old Valley Farm" opens Friday.'])).toMatchObject({terms: []})
  })
})

describe('speech or term: each guard on both sides', () => {
  const cast = {...ruiz, 'Bo Lee': {}, Polk: {}}

  test('a quote that goes on into the next paragraph is speech, however short', () => {
    expect(read(['"Go home.', '"Right now."'])).toMatchObject({quotes: [[null, 'Go home. / Right now.']], terms: []})
  })

  test('a lead-in paragraph introduces a whole quote, however short', () => {
    expect(read(['Ana Ruiz said:', '"Never again."'], ruiz)).toMatchObject({quotes: [['Ana Ruiz', 'Never again.']], terms: []})
  })

  test('a cue of two words right before a colon or comma introduces the quote; a cue further back does not', () => {
    expect(quotes(['Ana Ruiz told reporters: "Big Plans Ahead"'], ruiz)).toEqual([['Ana Ruiz', 'Big Plans Ahead']])
    expect(quotes(['Ana Ruiz told reporters, "Big Plans Ahead"'], ruiz)).toEqual([['Ana Ruiz', 'Big Plans Ahead']])
    expect(read(['Ana Ruiz said the book, "Big Plans Ahead," sold well.'], ruiz)).toMatchObject({quotes: [], terms: ['Big Plans Ahead,']})
  })

  test('a speech verb right before the marks, with or without a comma, makes a short quote speech', () => {
    const said = [['Ana Ruiz', 'we lost homes,'], ['Ana Ruiz', 'never again.']]
    expect(quotes(['Ana Ruiz told reporters "we lost homes," adding "never again."'], ruiz)).toEqual(said)
    expect(quotes(['Ana Ruiz told reporters "we lost homes," adding, "never again."'], ruiz)).toEqual(said)
    expect(quotes(['Ana Ruiz told reporters "we lost homes," adding: "never again."'], ruiz)).toEqual(said)
    // No cue after the earlier quote: the later one has no speaker.
    expect(quotes(['Ana Ruiz told reporters "we lost homes," and then "we will rebuild it all."'], ruiz)).toEqual([
      ['Ana Ruiz', 'we lost homes,'],
      [null, 'we will rebuild it all.']
    ])
  })

  test('Title Case words right after a cue are speech; after a verb of telling someone, a title', () => {
    expect(quotes(['Ana Ruiz said "Big Plans Ahead"'], ruiz)).toEqual([['Ana Ruiz', 'Big Plans Ahead']])
    expect(terms(['Ana Ruiz told "Big Plans Ahead" that rates rise.'], ruiz)).toEqual(['Big Plans Ahead'])
  })

  test('a title inside a sentence stays a term even with an attribution after it: up to eight words, a period inside allowed', () => {
    expect(read(['The film "The Long Road Home To Our Valley Farm," Bo Lee said, opens Friday.'], cast)).toMatchObject({
      quotes: [],
      terms: ['The Long Road Home To Our Valley Farm,']
    })
    expect(read(['The film "The Long Road Home To Our Old Valley Farm," Bo Lee said, opens Friday.'], cast)).toMatchObject({
      quotes: [['Bo Lee', 'The Long Road Home To Our Old Valley Farm,']],
      terms: []
    })
    expect(read(['She loved "Mr. Smith Goes Home," Bo Lee said.'], cast)).toMatchObject({quotes: [], terms: ['Mr. Smith Goes Home,']})
    // After a mark rather than a word it is no title inside a sentence.
    expect(read(['The motto — "Big Plans Ahead," Bo Lee said — stuck.'], cast)).toMatchObject({quotes: [['Bo Lee', 'Big Plans Ahead,']], terms: []})
  })

  test('a nickname with an attribution after it is still a term', () => {
    expect(read(['Bill "Sandy" Hughes said the flood was over.'])).toMatchObject({quotes: [], terms: ['Sandy']})
  })

  test('a labeling verb with an article: a judgment unless every later word is capitalized', () => {
    expect(quotes(['Ana Ruiz called Polk "a Grade A fraud."'], cast)).toEqual([['Ana Ruiz', 'a Grade A fraud.']])
    expect(quotes(['Ana Ruiz called Polk "the eBay King."'], cast)).toEqual([['Ana Ruiz', 'the eBay King.']])
    // Without a labeling verb, a short quote that starts with an article is a term.
    expect(terms(['The "a new start" banner hung there.'])).toEqual(['a new start'])
  })

  test('a label is lower case, after a labeling verb or `described … as`, with an object of up to five plain words', () => {
    expect(read(['Ana Ruiz called the team "Champions."'], ruiz)).toMatchObject({quotes: [], terms: ['Champions.']})
    // Other speech verbs give no label: the quoted word is named, not said.
    expect(read(['Ana Ruiz repeated the word "reckless."'], ruiz)).toMatchObject({quotes: [], terms: ['reckless.']})
    expect(read(['Ana Ruiz said the agency is known as "the Bureau."'], ruiz)).toMatchObject({quotes: [], terms: ['the Bureau.']})
    expect(read(['Ana Ruiz described two new "safeguards."'], ruiz)).toMatchObject({quotes: [], terms: ['safeguards.']})
    expect(quotes(['Ana Ruiz called the new city budget plan "reckless."'], ruiz)).toEqual([['Ana Ruiz', 'reckless.']])
    expect(read(['Ana Ruiz called the new city budget plan draft "reckless."'], ruiz)).toMatchObject({quotes: [], terms: ['reckless.']})
    expect(read(['Ana Ruiz called one of the towns "deserts."'], ruiz)).toMatchObject({quotes: [], terms: ['deserts.']})
  })

  test('words are counted between spaces, however many', () => {
    expect(terms(['The "we  are  open" sign hung there.'])).toEqual(['we  are  open'])
    expect(terms(['The film "The Long Road Home " opens.'])).toEqual(['The Long Road Home '])
    // A word that starts in lower case is no title word.
    expect(read(['The film "The eBay Long Road" opens.'])).toMatchObject({quotes: [[null, 'The eBay Long Road']], terms: []})
  })

  test('a later quote that starts its own sentence after a quote takes the attribution of that sentence', () => {
    expect(quotes(['Ana Ruiz said "We lost homes." Bo Lee added. "We will rebuild it all."'], cast)).toEqual([
      ['Ana Ruiz', 'We lost homes.'],
      ['Bo Lee', 'We will rebuild it all.']
    ])
    expect(quotes(['Ana Ruiz said "We lost homes." Bo Lee said "We will rebuild."'], cast)).toEqual([
      ['Ana Ruiz', 'We lost homes.'],
      ['Bo Lee', 'We will rebuild.']
    ])
  })

  test('a dash line: up to sixteen tokens, and no quote marks', () => {
    expect(quotes(['"We will rebuild the town."', '— Ana Ruiz, who ran the relief effort after the flood, said so.'], ruiz)).toEqual([
      ['Ana Ruiz', 'We will rebuild the town.']
    ])
    expect(quotes(['"We will rebuild the town."', '— Ana Ruiz, who ran the relief effort after the big flood, said so.'], ruiz)).toEqual([
      [null, 'We will rebuild the town.']
    ])
    expect(read(['"We will rebuild the town."', '— Ana "Sandy" Ruiz'], ruiz)).toMatchObject({quotes: [[null, 'We will rebuild the town.']], terms: ['Sandy']})
  })
})

describe('collecting quotes: each guard on both sides', () => {
  const cast = {...ruiz, 'Bo Lee': {}}
  const quote = (text: string, group = 1): OtherBlock => ({kind: 'blockquote', text, group})

  test('a quote needs a letter or a digit in one of its parts', () => {
    expect(read(['She wrote "—" and left.'])).toEqual({quotes: [], resolutions: [], terms: []})
    expect(quotes(['"We lost homes," Ana Ruiz said. "…"'], ruiz)).toEqual([['Ana Ruiz', 'We lost homes, / …']])
  })

  test('a paragraph that is only a quote continues the speaker of the paragraph right before it, wherever that is in the body', () => {
    expect(read(['Rain fell.', '"We lost homes," Ana Ruiz said.', '"We will rebuild every house."'], ruiz)).toMatchObject({
      quotes: [['Ana Ruiz', 'We lost homes,'], ['Ana Ruiz', 'We will rebuild every house.']],
      resolutions: ['name', 'continuation']
    })
    // Space before the mark or up to two characters after it (space aside) still leave the paragraph only a quote.
    expect(read(['"We lost homes," Ana Ruiz said.', '  "We will rebuild every house."'], ruiz).resolutions).toEqual(['name', 'continuation'])
    expect(read(['"We lost homes," Ana Ruiz said.', '"We will rebuild every house."  —'], ruiz).resolutions).toEqual(['name', 'continuation'])
    expect(read(['"We lost homes," Ana Ruiz said.', quote('We will rebuild every house.')], ruiz).resolutions).toEqual(['name', 'continuation'])
  })

  test('a dash line before any quote attributes nothing', () => {
    expect(quotes(['— Ana Ruiz', '"We will rebuild the town."'], ruiz)).toEqual([[null, 'We will rebuild the town.']])
  })

  test('a quote left open goes on only into the next paragraph that opens with a mark, or a blockquote right after it', () => {
    expect(quotes(['"We lost homes and farms.', 'Rain fell all night.', quote('We will rebuild every house.')])).toEqual([
      [null, 'We lost homes and farms.'],
      [null, 'We will rebuild every house.']
    ])
    expect(quotes(['"We lost homes and farms.', quote('We will rebuild every house.')])).toEqual([[null, 'We lost homes and farms. / We will rebuild every house.']])
  })

  test('the parts of quotes and terms say whether their closing mark was found', () => {
    const made = scene(['"We lost homes," Ana Ruiz said.', quote('We will rebuild every house.'), "the 'Big Top' crowd", '"We will rebuild every house'], ruiz)
    const {quotations, terms} = findQuotations(made.blocks, [0, 1, 2, 3], made.mentionsByBlock, made.grouping)
    expect(quotations.map((quotation) => quotation.parts.map((part) => part.closed))).toEqual([[true], [true], [false]])
    expect(terms.map((term) => term.part.closed)).toEqual([true])
  })

  test('an attribution joins a later quote of its paragraph only when it reaches that quote', () => {
    expect(read(['"We lost homes," Ana Ruiz said. Rain fell all night. "We will rebuild every house."'], ruiz).quotes).toEqual([
      ['Ana Ruiz', 'We lost homes,'],
      [null, 'We will rebuild every house.']
    ])
    // An attribution made in an earlier paragraph, of a quote left open, does not take in a later quote of this one.
    expect(quotes(['"We lost homes," Ana Ruiz said of the flood last week, "and we lost farms.', '"We will rebuild." "Every house will stand."'], ruiz)).toEqual([
      ['Ana Ruiz', 'We lost homes, / and we lost farms. / We will rebuild.'],
      [null, 'Every house will stand.']
    ])
  })

  test('a lead-in attributes only the first quote of the next paragraph, when it opens it and has no attribution of its own', () => {
    expect(quotes(['Ana Ruiz said:', 'Rain fell, and "we will rebuild it all."'], ruiz)).toEqual([[null, 'we will rebuild it all.']])
    expect(quotes(['Ana Ruiz wrote:', '"We lost homes." Rain fell. "We will rebuild it all."'], ruiz)).toEqual([
      ['Ana Ruiz', 'We lost homes.'],
      [null, 'We will rebuild it all.']
    ])
    expect(quotes(['Ana Ruiz said:', '"We lost homes," Bo Lee said.'], cast)).toEqual([['Bo Lee', 'We lost homes,']])
    // Space after the colon still makes a lead-in.
    expect(quotes(['Ana Ruiz said: ', '"Never again."'], ruiz)).toEqual([['Ana Ruiz', 'Never again.']])
  })

  test('a cue with no subject takes the earlier quote\'s attribution only within its sentence', () => {
    expect(read(['Ana Ruiz said "we lost homes." Saying "we will rebuild" is easy.'], ruiz)).toMatchObject({
      quotes: [['Ana Ruiz', 'we lost homes.']],
      terms: ['we will rebuild']
    })
  })

  test('an attribution after a quote that ends its sentence still wins when the words after it are not a new sentence', () => {
    expect(quotes(['Ana Ruiz said in May, "We lost the plant material." according to Bo Lee.'], cast)).toEqual([['Bo Lee', 'We lost the plant material.']])
    // A period ends the sentence only as a mark of its own, not as the end of an abbreviation.
    expect(quotes(['Ana Ruiz said in May, "We lost it in the U.S." Bo Lee said.'], cast)).toEqual([['Bo Lee', 'We lost it in the U.S.']])
  })

  test('a mark at the very end of a paragraph', () => {
    expect(quotes(['"We lost," Ana Ruiz said. "'], ruiz)).toEqual([['Ana Ruiz', 'We lost,']])
    // A curly opener opens anywhere, even with nothing after it (the empty part joins the quote before: not yet dropped).
    expect(quotes(['"We lost," Ana Ruiz said. “'], ruiz)).toEqual([['Ana Ruiz', expect.stringMatching(/^We lost, \//)]])
  })

  test('a quote that a new opening mark cuts short is not left open into the next quote', () => {
    expect(quotes(['“We lost homes and farms. “We will rebuild every house,” Bo Lee said.'], {'Bo Lee': {}})).toEqual([
      [null, 'We lost homes and farms. '],
      ['Bo Lee', 'We will rebuild every house,']
    ])
  })

  test('a paragraph that goes on with a quote left open keeps its speaker, whoever it names after it', () => {
    expect(quotes(['"We lost homes," Ana Ruiz said, "and we lost farms.', '"We will rebuild," Bo Lee said.'], cast)).toEqual([
      ['Ana Ruiz', 'We lost homes, / and we lost farms. / We will rebuild,']
    ])
  })
})
