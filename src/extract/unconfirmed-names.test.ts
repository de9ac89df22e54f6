// Reporting names left out for want of evidence: once per name, at its first place, only tentative
// person mentions read from their capitals that joined no entity and are no place.
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {SourceMap} from '../document/source-map.js'
import type {ArticleDocument} from '../document/document.js'
import type {Position} from 'unist'
import {analyzeBlock} from './analyze.js'
import type {Entity, Grouping} from './entities.js'
import {type Mention, mentionOf} from './mention.js'
import {Run} from './run.js'
import {reportUnconfirmedNames} from './unconfirmed-names.js'

const texts = ['Juniper Okoro waved. Qelmar Voss smiled.', 'Juniper Okoro left for Denver.']
const map = () => {
  const result = new SourceMap()
  result.add(0, 100)
  return result
}
const document: ArticleDocument = {
  format: 'text',
  frontmatter: undefined,
  blocks: texts.map((text) => ({kind: 'paragraph', text, group: 0, map: map()})),
  toPosition: (start, end): Position => ({start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}})
}
const blocks = document.blocks.map((block, index) => analyzeBlock(block, index))

/** A mention of the tokens `[first, end)` of block `block`. */
function mention(block: number, first: number, end: number, kind: Mention['kind'] = 'person', cue: Mention['evidence']['cue'] = 'name-shape', tentative = true): Mention {
  return mentionOf(new Run(blocks[block]!, first, end), kind, {cue, detail: undefined}, {tentative})
}

/** The reports for `mentions`, as `actual at offset`. */
function reports(mentions: readonly Mention[], joined: readonly Mention[] = []) {
  const file = new VFile()
  const grouping = {entityOf: (item: Mention) => (joined.includes(item) ? ({} as Entity) : undefined)} as unknown as Grouping
  reportUnconfirmedNames(document, mentions, grouping, file)
  return file.messages.map((message) => {
    expect(message.ruleId).toBe('name-without-evidence')
    expect(message.reason).toContain('`' + message.actual + '`')
    return `${message.actual} at ${message.place && 'start' in message.place ? message.place.start.offset : undefined}`
  })
}

describe('reportUnconfirmedNames', () => {
  const okoro = mention(0, 0, 2)
  const voss = mention(0, 4, 6)
  const okoroAgain = mention(1, 0, 2)

  test('each tentative person read from its capitals, once per name, at its first place', () => {
    expect(reports([okoro, voss, okoroAgain])).toEqual(['Juniper Okoro at 100', 'Qelmar Voss at 121'])
    expect(reports([okoroAgain, okoro])).toEqual(['Juniper Okoro at 100'])
  })

  test('not a mention that joined an entity, names a place, or is not a tentative person read from its capitals', () => {
    expect(reports([okoro, voss], [okoro])).toEqual(['Qelmar Voss at 121'])
    expect(reports([mention(1, 4, 5)])).toEqual([])
    expect(reports([mention(0, 0, 2, 'organization')])).toEqual([])
    expect(reports([mention(0, 0, 2, 'person', 'name-shape', false)])).toEqual([])
    expect(reports([mention(0, 0, 2, 'person', 'speech-verb')])).toEqual([])
  })

  test('a mention of a block the document does not have is reported with no place', () => {
    const outside = mentionOf(new Run({...blocks[0]!, index: 9}, 0, 2), 'person', {cue: 'name-shape', detail: undefined}, {tentative: true})
    expect(reports([outside])).toEqual(['Juniper Okoro at undefined'])
  })
})
