// The matchers' types as the README sets them up (`"types": ["newsroom-jsonld/vitest"]` or a reference
// directive): the built declaration, reached by the package name through its `exports`, types the matchers and
// rejects wrong options (#12 item 8). A reference directive cannot name the package from inside it (TypeScript
// resolves no self-reference there), and the source's own augmentation shares this program, so that a project
// WITHOUT the setup gets no matchers is proved by `npm run check:pack`, in an empty project with the tarball.
import {expect, expectTypeOf, test} from 'vitest'
import type {NewsArticleMatcherOptions, RuleSeverity} from 'newsroom-jsonld/vitest'

test('the README setup types the matchers and their options', () => {
  const html = '<html></html>'
  expect(html).toHaveValidNewsArticle()
  expect(html).toHaveValidNewsArticle({failOn: 'info', ignore: ['missing-image'], rules: {'pending-term': 'info', 'author-url': 'off'}})
  expect({}).toBeValidNewsArticle({profile: 'schema.org', failOn: 'error'})
  expect({}).toContainQuotation({speaker: 'Ana Ruiz', text: 'We are ready'})
  expect({}).not.toMention({name: 'Aurora', type: 'City'})
  expect({page: html}).toEqual({page: expect.toHaveValidNewsArticle()})
  expectTypeOf<RuleSeverity>().toEqualTypeOf<'error' | 'warning' | 'info' | 'off'>()
  expectTypeOf<{ignore: ['missing-headline']}>().toExtend<NewsArticleMatcherOptions>()
})

test('wrong options do not type-check', () => {
  // @ts-expect-error: no such severity.
  expect('').toHaveValidNewsArticle({failOn: 'fatal'})
  // @ts-expect-error: no such rule.
  expect('').toHaveValidNewsArticle({ignore: ['no-such-rule']})
  // @ts-expect-error: no such severity for a rule.
  expect({}).toBeValidNewsArticle({rules: {'missing-author': 'fatal'}})
  // @ts-expect-error: no such rule to set.
  expect({}).toBeValidNewsArticle({rules: {'missing-headlines': 'off'}})
  // @ts-expect-error: a quotation needs its speaker.
  expect({}).toContainQuotation({text: 'We are ready'})
})
