// Type tests against the built package, as users import it (run `npm run build` first; `npm ci` does).
import type {Graph} from 'schema-dts'
import {VFile} from 'vfile'
import {expectTypeOf, test} from 'vitest'
import {type Article, articleToJsonLd} from 'newsroom-jsonld'
import remarkNewsArticle from 'newsroom-jsonld/remark'

test('the built package exposes typed entry points and registers file.data', () => {
  expectTypeOf(articleToJsonLd('x').jsonld).toEqualTypeOf<Graph>()
  expectTypeOf(remarkNewsArticle).toBeFunction()
  expectTypeOf(new VFile().data.newsArticle).toEqualTypeOf<{readonly jsonld: Graph; readonly article: Article} | undefined>()
})
