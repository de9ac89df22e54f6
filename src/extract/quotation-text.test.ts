// Joining the parts of a quotation: the attribution's comma goes, a period takes its place where the
// next part starts a sentence, and an open paragraph keeps its comma.
import {expect, test} from 'vitest'
import {type PartText, quotationText} from './quotation-text.js'

const closed = (text: string): PartText => ({text, closed: true})
const open = (text: string): PartText => ({text, closed: false})

test('one part: a closing comma is the attribution\'s and goes, with the space before it', () => {
  expect(quotationText([closed('We will rebuild,')])).toBe('We will rebuild')
  expect(quotationText([closed('We will rebuild ,')])).toBe('We will rebuild')
  expect(quotationText([closed('We will rebuild.')])).toBe('We will rebuild.')
  expect(quotationText([closed('We will rebuild')])).toBe('We will rebuild')
})

test('a paragraph left open keeps its comma: it is the speaker\'s', () => {
  expect(quotationText([open('We will rebuild,')])).toBe('We will rebuild,')
  expect(quotationText([open('We will rebuild,'), closed('Then we vote.')])).toBe('We will rebuild, Then we vote.')
})

test('where the next part starts a sentence, the comma stood for a period', () => {
  expect(quotationText([closed('We lost homes,'), closed('We will rebuild.')])).toBe('We lost homes. We will rebuild.')
  expect(quotationText([closed('We lost homes,'), closed('Émile will help.')])).toBe('We lost homes. Émile will help.')
  for (const digit of ['0', '5', '9']) {
    expect(quotationText([closed('We lost homes,'), closed(`${digit} of them.`)]), digit).toBe(`We lost homes. ${digit} of them.`)
  }
})

test('where the next part goes on the sentence, the parts join with one space', () => {
  expect(quotationText([closed('We lost homes,'), closed('and we will rebuild.')])).toBe('We lost homes and we will rebuild.')
  // Marks on either side of the digits start no sentence.
  expect(quotationText([closed('We lost homes,'), closed('/ or most')])).toBe('We lost homes / or most')
  expect(quotationText([closed('We lost homes,'), closed(': all of them')])).toBe('We lost homes : all of them')
  expect(quotationText([closed('We lost homes,'), closed('')])).toBe('We lost homes')
})

test('the last part takes no period for its comma', () => {
  expect(quotationText([closed('Go.'), closed('We lost homes,')])).toBe('Go. We lost homes')
})

test('empty parts add nothing, and parts join with single spaces', () => {
  expect(quotationText([])).toBe('')
  expect(quotationText([closed(''), closed('Yes.'), open(''), closed('No.')])).toBe('Yes. No.')
})
