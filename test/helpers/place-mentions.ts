// Invented paragraphs with place mentions made by hand: the unit tests of the place steps (pairs, evidence,
// written regions) judge their own rules on the names given, whatever the recognizers would find.
import {SourceMap} from '../../src/document/source-map.js'
import {type AnalyzedBlock, analyzeBlock} from '../../src/extract/analyze.js'
import {type Evidence, type Mention, mentionOf} from '../../src/extract/mention.js'
import {Run} from '../../src/extract/run.js'

/** One paragraph, analyzed as the pipeline does (block `index`, default 0). */
export function paragraph(text: string, index = 0): AnalyzedBlock {
  return analyzeBlock({kind: 'paragraph', text, group: 0, map: new SourceMap()}, index)
}

/**
 * Place mentions of `names` in `analyzed`, each the next occurrence of its words after the one before.
 * `Town>Region` gives the mention the region the recognizer wrote after it (`Houma>La.`), `Name@noun` makes it a place
 * the text calls one by a noun (`Heathrow@airport`); `evidence` is why the others are places (default: the gazetteer has the name).
 */
export function placeMentions(analyzed: AnalyzedBlock, names: readonly string[], evidence: Evidence = {cue: 'gazetteer', detail: undefined}): Mention[] {
  let from = 0
  return names.map((spec) => {
    const [written, noun] = spec.split('@') as [string, string | undefined]
    const [name, region] = written.split('>') as [string, string | undefined]
    const words = name.split(' ')
    const first = analyzed.tokens.findIndex((_, index) => index >= from && words.every((word, offset) => analyzed.tokens[index + offset]?.text === word))
    if (first === -1) throw new Error(`${name} is not in the text after token ${from}`)
    from = first + words.length
    return mentionOf(new Run(analyzed, first, from), 'place', noun === undefined ? evidence : {cue: 'name-shape', detail: noun}, {region})
  })
}
