import type {Graph} from 'schema-dts'
import {VFile} from 'vfile'
import {expectTypeOf, test} from 'vitest'
import type {Article} from '../src/index.js'
import type {} from '../src/remark.js'

test('registers file.data.newsArticle', () => {
  expectTypeOf(new VFile().data.newsArticle).toEqualTypeOf<{readonly jsonld: Graph; readonly article: Article} | undefined>()
})
