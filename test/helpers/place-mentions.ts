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

// The evidence of the pipeline's dateline places and of a place that qualifies a title.
const cues: Readonly<Record<'dateline' | 'title', Evidence>> = {dateline: {cue: 'dateline', detail: undefined}, title: {cue: 'gazetteer', detail: 'title qualifier'}}

/**
 * Place mentions of `names` in `analyzed`, each the next occurrence of its words after the one before.
 * `Town>Region` gives the mention the region the recognizer wrote after it (`Houma>La.`), `Name@noun` makes it a place
 * the text calls one by a noun (`Heathrow@airport`), `Name!dateline` one the dateline names and `Name!title` one that qualifies a
 * title (`Manitoba Premier`); `evidence` is why the others are places (default: the gazetteer has the name).
 */
export function placeMentions(analyzed: AnalyzedBlock, names: readonly string[], evidence: Evidence = {cue: 'gazetteer', detail: undefined}): Mention[] {
  let from = 0
  return names.map((spec) => {
    const [marked, cue] = spec.split('!') as [string, 'dateline' | 'title' | undefined]
    const [written, noun] = marked.split('@') as [string, string | undefined]
    const [name, region] = written.split('>') as [string, string | undefined]
    const words = name.split(' ')
    const first = analyzed.tokens.findIndex((_, index) => index >= from && words.every((word, offset) => analyzed.tokens[index + offset]?.text === word))
    if (first === -1) throw new Error(`${name} is not in the text after token ${from}`)
    from = first + words.length
    const given = cue === undefined ? evidence : cues[cue]
    if (given === undefined) throw new Error(`${cue} is no cue (write it last: \`Town>Region!dateline\`)`)
    return mentionOf(new Run(analyzed, first, from), 'place', noun === undefined ? given : {cue: 'name-shape', detail: noun}, {region})
  })
}
