// The conversions that test/workerd.test.ts runs twice, on the Node build
// and in workerd on the Workers build, to compare: every public path that
// reads a data file or loads a package on first use.
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type * as Core from '../../src/index.js'
import type remarkNewsArticle from '../../src/remark.js'

/** One build of the package: its core entry and its remark plugin. */
export interface Build {
  readonly core: Pick<typeof Core, 'articleToJsonLd' | 'articlesToJsonLd' | 'validate'>
  readonly remarkNewsArticle: typeof remarkNewsArticle
}

/** An article and the options it is converted with. */
export interface Case {
  readonly name: string
  readonly value: string
  readonly options: Core.Options
}

/** What a build makes of the cases, as JSON. */
export async function convertCases(build: Build, cases: readonly Case[]): Promise<unknown> {
  const results = []
  for (const {name, value, options} of cases) {
    const {jsonld, messages} = build.core.articleToJsonLd(value, options)
    const file = new VFile({path: name, value})
    const processor = unified().use(remarkParse).use(build.remarkNewsArticle, options)
    await processor.run(processor.parse(file), file)
    results.push({
      name,
      jsonld,
      messages: messages.map(({reason, line, column, ruleId, fatal}) => ({reason, line, column, ruleId, fatal})),
      issues: build.core.validate(jsonld),
      remark: file.data.newsArticle?.jsonld
    })
  }
  const records = []
  for await (const record of build.core.articlesToJsonLd(cases.map(({name, value}) => ({id: name, path: name, value})))) records.push(record)
  return {results, records}
}
