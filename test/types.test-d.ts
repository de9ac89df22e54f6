import type {Graph} from 'schema-dts'
import type {VFileMessage} from 'vfile-message'
import {expectTypeOf, test} from 'vitest'
import {type Article, articleToJsonLd, type Options, serializeJsonLd, toMetaTags, toScriptTag} from '../src/index.js'

test('articleToJsonLd returns typed JSON-LD, article model and messages', () => {
  const result = articleToJsonLd('Headline\n\nText.')
  expectTypeOf(result.jsonld).toEqualTypeOf<Graph>()
  expectTypeOf(result.article).toEqualTypeOf<Article>()
  expectTypeOf(result.messages).toEqualTypeOf<readonly VFileMessage[]>()
  expectTypeOf(result.article.dateline?.position?.start.line).toEqualTypeOf<number | undefined>()
})

test('options are checked', () => {
  expectTypeOf<{timeZone: 'America/Denver'; type: 'OpinionNewsArticle'}>().toExtend<Options>()
  // @ts-expect-error: not a NewsArticle type.
  articleToJsonLd('x', {type: 'BlogPosting'})
  // @ts-expect-error: publisher needs a name.
  articleToJsonLd('x', {publisher: {url: 'https://example.com'}})
  // @ts-expect-error: not an input format.
  articleToJsonLd('x', {format: 'xml'})
  articleToJsonLd('x', null)
  articleToJsonLd('x', {baseUrl: null, language: undefined})
})

test('serializers', () => {
  expectTypeOf(serializeJsonLd).returns.toEqualTypeOf<string>()
  expectTypeOf(toScriptTag).returns.toEqualTypeOf<string>()
  expectTypeOf(toMetaTags(articleToJsonLd('x')).tags[0]!.attribute).toEqualTypeOf<'property' | 'name'>()
})
