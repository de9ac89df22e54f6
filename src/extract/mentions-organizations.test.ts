import {describe, expect, test} from 'vitest'
import {SourceMap} from '../document/source-map.js'
import {type AnalyzedBlock, analyzeBlock} from './analyze.js'
import {type Mention, mentionOf} from './mention.js'
import {
  acronymDefinitions,
  acronymInUse,
  isOrganizationAcronym,
  isOrganizationNoun,
  isOutletWord,
  isPlainAcronym,
  organizationContext
} from './mentions-organizations.js'
import {Run} from './run.js'

function analyzed(text: string): AnalyzedBlock {
  return analyzeBlock({kind: 'paragraph', text, group: 0, map: new SourceMap()}, 0)
}

/** The token index of the first occurrence of `words` (space-separated token texts) in a block. */
function find(block: AnalyzedBlock, words: string, from = 0): number {
  const parts = words.split(' ')
  const first = block.tokens.findIndex((_, index) => index >= from && parts.every((word, offset) => block.tokens[index + offset]?.text === word))
  if (first === -1) throw new Error(`no ${words} in ${block.block.text}`)
  return first
}

/** The run of `words` in `text`. */
function runOf(text: string, words: string): Run {
  const block = analyzed(text)
  const first = find(block, words)
  return new Run(block, first, first + words.split(' ').length)
}

const context = (text: string, words: string) => organizationContext(runOf(text, words))

describe('organizationContext: the words around a name that make it an organization', () => {
  test('an outlet word after the name (`Tanjug news agency`, `Veltrona newspaper`)', () => {
    expect(context('Veltrona newspaper said so.', 'Veltrona')).toBe('outlet')
    expect(context('Tanjug news agency said so.', 'Tanjug')).toBe('outlet')
    expect(context('Tanjug news said so.', 'Tanjug')).toBeUndefined()
    expect(context('Tanjug news.', 'Tanjug')).toBeUndefined()
    expect(context('They read Tanjug news', 'Tanjug')).toBeUndefined()
    expect(context('Quillon travel agency said so.', 'Quillon')).toBeUndefined()
    expect(context('Veltrona Newspaper said so.', 'Veltrona')).toBeUndefined()
    // A possessive before the word is the owner of something else: `Veltrona's newspaper`.
    expect(context("Veltrona's newspaper said so.", 'Veltrona')).toBeUndefined()
  })

  test('a body\'s people or parts after the name; people words need two words or an acronym (`Pritzker spokesman` is a person\'s)', () => {
    expect(context('Quillon shares fell.', 'Quillon')).toBe('context')
    expect(context('Quillon Group officials spoke.', 'Quillon Group')).toBe('context')
    expect(context('PLO officials spoke.', 'PLO')).toBe('context')
    expect(context('Pritzker spokesman Bo Lee spoke.', 'Pritzker')).toBeUndefined()
    expect(context('Pritzker hats spoke.', 'Pritzker')).toBeUndefined()
    expect(context("Quillon's shares fell.", 'Quillon')).toBeUndefined()
    expect(context('Quillon Shares fell.', 'Quillon')).toBeUndefined()
  })

  test('an outlet word before the name (`the daily Al-Akhbar`), but not `television` or `radio` (a person may be on them)', () => {
    expect(context('the daily Veltrona said so.', 'Veltrona')).toBe('outlet')
    expect(context('on television Bo Lee said so.', 'Bo Lee')).toBeUndefined()
    expect(context('on radio Bo Lee said so.', 'Bo Lee')).toBeUndefined()
    expect(context('The Daily Veltrona said so.', 'Veltrona')).toBeUndefined()
    expect(context('a book, Veltrona said so.', 'Veltrona')).toBeUndefined()
  })

  test('an outlet\'s verb (`Interfax quoted X`, `Tass reported on`), with a word after it and no possessive on either side', () => {
    expect(context('Interfax quoted Bo Lee.', 'Interfax')).toBe('outlet')
    expect(context('Interfax reported that.', 'Interfax')).toBe('outlet')
    expect(context('Interfax reported.', 'Interfax')).toBeUndefined()
    expect(context('It was Interfax reported', 'Interfax')).toBeUndefined()
    expect(context('Interfax said that.', 'Interfax')).toBeUndefined()
    expect(context("Interfax's reported that.", 'Interfax')).toBeUndefined()
    expect(context("FOX31's Kasia Kerridge reported that.", 'Kasia Kerridge')).toBeUndefined()
    expect(context('FOX31 Kasia Kerridge reported that.', 'Kasia Kerridge')).toBe('outlet')
  })

  test('a kind of organization right before the name (`insurer GAN`), in lower case, not a possessive', () => {
    expect(context('the insurer Quillon said so.', 'Quillon')).toBe('context')
    expect(context('The Insurer Quillon said so.', 'Quillon')).toBeUndefined()
    expect(context("the insurer's Quillon said so.", 'Quillon')).toBeUndefined()
  })

  test('an employer after a job word and `at` or `with` (`analyst at X`), not after other words', () => {
    expect(context('an analyst at Brenmark said so.', 'Brenmark')).toBe('context')
    expect(context('an economist with Halvard said so.', 'Halvard')).toBe('context')
    expect(context('a friend at Brenmark said so.', 'Brenmark')).toBeUndefined()
    expect(context('an analyst for Brenmark said so.', 'Brenmark')).toBeUndefined()
    expect(context('at Brenmark they said so.', 'Brenmark')).toBeUndefined()
  })

  test('shares of or in a company', () => {
    expect(context('shares of Quillon fell.', 'Quillon')).toBe('context')
    expect(context('shares in Quillon fell.', 'Quillon')).toBe('context')
    expect(context('shares to Quillon fell.', 'Quillon')).toBeUndefined()
    expect(context('parts of Quillon fell.', 'Quillon')).toBeUndefined()
    expect(context('of Quillon fell.', 'Quillon')).toBeUndefined()
  })

  test('a company\'s chief executive', () => {
    expect(context("Quillon's chief executive spoke.", 'Quillon')).toBe('context')
    // (Without the possessive, `chief` is one of the people words, which a one-word name does not take: `Pritzker chief of staff`.)
    expect(context('Quillon chief executive spoke.', 'Quillon')).toBeUndefined()
    expect(context("Quillon's chief engineer spoke.", 'Quillon')).toBeUndefined()
    expect(context("Quillon's chief.", 'Quillon')).toBeUndefined()
    expect(context("It was Quillon's chief", 'Quillon')).toBeUndefined()
    expect(context("It was Quillon's", 'Quillon')).toBeUndefined()
    expect(context("Quillon's top executive spoke.", 'Quillon')).toBeUndefined()
  })

  test('nothing around the name', () => {
    expect(context('Quillon', 'Quillon')).toBeUndefined()
    expect(context('They met Quillon today.', 'Quillon')).toBeUndefined()
  })
})

describe('word tests', () => {
  const token = (text: string, words: string) => {
    const block = analyzed(text)
    return block.tokens[find(block, words)]
  }
  test('isOutletWord: a lower-case outlet word', () => {
    expect(isOutletWord(token('the newspaper said', 'newspaper'))).toBe(true)
    expect(isOutletWord(token('The Newspaper said', 'Newspaper'))).toBe(false)
    expect(isOutletWord(token('the paper said', 'paper'))).toBe(false)
    expect(isOutletWord(token('the newspaper, said', ','))).toBe(false)
    expect(isOutletWord(undefined)).toBe(false)
  })
  test('isOrganizationNoun: a lower-case kind of organization, not a possessive', () => {
    expect(isOrganizationNoun(token('the insurer GAN', 'insurer'))).toBe(true)
    expect(isOrganizationNoun(token('The Insurer GAN', 'Insurer'))).toBe(false)
    expect(isOrganizationNoun(token("the insurer's GAN", 'insurer'))).toBe(false)
    expect(isOrganizationNoun(token('the poet GAN', 'poet'))).toBe(false)
    expect(isOrganizationNoun(token('the insurer, GAN', ','))).toBe(false)
    expect(isOrganizationNoun(undefined)).toBe(false)
  })
  test('isPlainAcronym: units, titles and currencies, with or without periods, in any case', () => {
    expect(isPlainAcronym('GMT')).toBe(true)
    expect(isPlainAcronym('C.E.O.')).toBe(true)
    expect(isPlainAcronym('Ceo')).toBe(true)
    expect(isPlainAcronym('EUR')).toBe(true)
    expect(isPlainAcronym('chf')).toBe(true)
    expect(isPlainAcronym('OSCE')).toBe(false)
    expect(isPlainAcronym('DEM')).toBe(false)
  })
})

describe('isOrganizationAcronym: a lone acronym that names an organization wherever it stands', () => {
  const lone = (text: string, words: string) => {
    const block = analyzed(text)
    const first = find(block, words)
    return isOrganizationAcronym(block.tokens, first, first + 1)
  }
  test('three to six capitals, no word, numeral, unit or currency', () => {
    expect(lone('Later AMR also said so.', 'AMR')).toBe(true)
    expect(lone('Later QUVWXZ also said so.', 'QUVWXZ')).toBe(true)
    expect(lone('Later QUVWXZY also said so.', 'QUVWXZY')).toBe(false)
    expect(lone('Later EU also said so.', 'EU')).toBe(false)
    expect(lone('Later Amr also said so.', 'Amr')).toBe(false)
    expect(lone('Later XIV also said so.', 'XIV')).toBe(false)
    expect(lone('Later GMT also said so.', 'GMT')).toBe(false)
    expect(lone('Later WHEAT also said so.', 'WHEAT')).toBe(false)
  })
  test('not a thing: after a determiner (one word back or two), before a thing word or a number', () => {
    expect(lone('He had a torn ACL today.', 'ACL')).toBe(false)
    expect(lone('He had a QZV today.', 'QZV')).toBe(false)
    expect(lone('He had a new QZV today.', 'QZV')).toBe(false)
    expect(lone('He had the new QZV today.', 'QZV')).toBe(true)
    expect(lone('The QZV index rose.', 'QZV')).toBe(false)
    expect(lone('The ISO 9002 rule.', 'ISO')).toBe(false)
    expect(lone('The QZV rose.', 'QZV')).toBe(true)
    expect(lone('They met QZV', 'QZV')).toBe(true)
  })
  test('not a thing in brackets after a lower-case word (`spring wheat (DNS)`); after a name it is', () => {
    expect(lone('They sold wheat (QZV) today.', 'QZV')).toBe(false)
    expect(lone('They sold Wheat (QZV) today.', 'QZV')).toBe(true)
    expect(lone('They sold, (QZV) today.', 'QZV')).toBe(true)
    expect(lone('(QZV) met.', 'QZV')).toBe(true)
  })
  test('not a dateline\'s place (`SUGO, Japan` at the start of a block)', () => {
    expect(lone('QZV, Japan - Rain fell.', 'QZV')).toBe(false)
    expect(lone('QZV, and rain fell.', 'QZV')).toBe(true)
    expect(lone('QZV said so.', 'QZV')).toBe(true)
    expect(lone('QZV Japan said so.', 'QZV')).toBe(true)
    expect(lone('QZV Tokyo Office said so.', 'QZV')).toBe(true)
    expect(lone('QZV', 'QZV')).toBe(true)
    expect(lone('QZV,', 'QZV')).toBe(true)
    expect(lone('Then QZV, Japan said so.', 'QZV')).toBe(true)
  })
})

describe('acronymInUse: a two-letter or other acronym used as a body\'s', () => {
  const use = (text: string, words: string) => {
    const block = analyzed(text)
    const first = find(block, words)
    return acronymInUse(block.tokens, first, first + 1)
  }
  test('after `the`: before a capital, a mark, a speech verb, a function word, or as a possessive', () => {
    expect(use('Then the QZ said so.', 'QZ')).toBe(true)
    expect(use('Then the QZ.', 'QZ')).toBe(true)
    expect(use('Then the QZ', 'QZ')).toBe(true)
    expect(use("Then the QZ's men came.", 'QZ')).toBe(true)
    expect(use('Then the QZ Council came.', 'QZ')).toBe(true)
    expect(use('Then the QZ also came.', 'QZ')).toBe(true)
    expect(use('Then the QZ in Rome came.', 'QZ')).toBe(true)
    expect(use('Then the QZ travel map came.', 'QZ')).toBe(false)
  })
  test('in brackets after a name; nowhere else', () => {
    expect(use('The Quill Zone (QZ) met.', 'QZ')).toBe(true)
    expect(use('The quill zone (QZ) met.', 'QZ')).toBe(false)
    expect(use('The Quill Zone (QZ met.', 'QZ')).toBe(false)
    expect(use('The Quill Zone QZ) met.', 'QZ')).toBe(false)
    expect(use('Then QZ said so.', 'QZ')).toBe(false)
    expect(use('QZ said so.', 'QZ')).toBe(false)
    expect(use('(QZ) met.', 'QZ')).toBe(false)
    expect(use('The Quill Zone (QZ', 'QZ')).toBe(false)
  })
})

describe('acronymDefinitions: a name defined by its acronym in brackets', () => {
  /** The mentions after the rule, given hand-made mentions of the pieces. */
  function defined(text: string, pieces: readonly string[]) {
    const block = analyzed(text)
    let from = 0
    const mentions: Mention[] = pieces.map((words) => {
      const first = find(block, words, from)
      from = first + words.split(' ').length
      return mentionOf(new Run(block, first, from), 'person', {cue: 'name-shape', detail: undefined})
    })
    return acronymDefinitions(block, mentions).map((mention) => [mention.kind, mention.name, mention.evidence.cue, mention.evidence.detail])
  }

  test('the name replaces its pieces; mentions before and after stay, in order', () => {
    expect(
      defined('Ana Ruiz of the Office for Security and Cooperation in Europe (OSCE) met Bo Lee.', ['Ana Ruiz', 'Office', 'Security', 'Cooperation', 'Europe', 'Bo Lee'])
    ).toEqual([
      ['person', 'Ana Ruiz', 'name-shape', undefined],
      ['organization', 'Office for Security and Cooperation in Europe', 'acronym', 'OSCE'],
      ['person', 'Bo Lee', 'name-shape', undefined]
    ])
  })

  test('an acronym with periods spells the same letters; a name right after the opening word of a block', () => {
    expect(defined('Quill Zone Holdings (Q.Z.H.) met.', ['Quill Zone Holdings'])).toEqual([['organization', 'Quill Zone Holdings', 'acronym', 'Q.Z.H.']])
    expect(defined('Quill Zone (QZ) met.', [])).toEqual([['organization', 'Quill Zone', 'acronym', 'QZ']])
  })

  test('the capitals must spell the acronym exactly; a lower-case word other than a joiner, a mark, or a wrong letter stops it', () => {
    expect(defined('Then Quill Zone Holdings (QZ) met.', [])).toEqual([['organization', 'Zone Holdings', 'acronym', 'QZ']].slice(0, 0))
    expect(defined('Then Quill Zone Holdings (QZH) met.', [])).toEqual([['organization', 'Quill Zone Holdings', 'acronym', 'QZH']])
    expect(defined('Then Quill big Zone Holdings (QZH) met.', [])).toEqual([])
    expect(defined('Then Harlow & Finch Holdings (HFH) met.', [])).toEqual([['organization', 'Harlow & Finch Holdings', 'acronym', 'HFH']])
    expect(defined('Then Quill, Zone Holdings (QZH) met.', [])).toEqual([])
    expect(defined('Then Quill Zone Holdings (QXH) met.', [])).toEqual([])
    expect(defined('Then Zone Holdings (QZH) met.', [])).toEqual([])
    expect(defined('Zone Holdings (QZH) met.', [])).toEqual([])
  })

  test('the look-back stops after a dozen words', () => {
    const twelve = 'Alpha of Bravo of Charlie of Delta of Echo of the Foxtrot'
    expect(defined(`Then ${twelve} (ABCDEF) met.`, [])).toEqual([['organization', twelve, 'acronym', 'ABCDEF']])
    expect(defined('Then Alpha of the Bravo of Charlie of Delta of Echo of the Foxtrot (ABCDEF) met.', [])).toEqual([])
  })

  test('a unit, a lower-case word or an unclosed bracket defines nothing', () => {
    expect(defined('Then Greenwich Mean Time (GMT) came.', [])).toEqual([])
    expect(defined('Then Quill Zone (qz) met.', [])).toEqual([])
    expect(defined('Then Quill Zone (QZ met.', [])).toEqual([])
    expect(defined('Then Quill Zone [QZ) met.', [])).toEqual([])
    expect(defined('Then Quill Zone (QZ', [])).toEqual([])
    expect(defined('Then Quill Zone (QZ)', [])).toEqual([['organization', 'Quill Zone', 'acronym', 'QZ']])
  })
})
