import {expect, expectTypeOf, test} from 'vitest'
import {extractJsonLd, rules, validate, type ExtractedJsonLd, type RuleId, type ValidationIssue} from '../../src/validate/index.js'
import type {NewsArticleMatcherOptions} from '../../src/vitest/index.js'

test('validate takes any value and returns issues', () => {
  expectTypeOf(validate({})).toEqualTypeOf<ValidationIssue[]>()
  expectTypeOf(validate('text', {profile: 'schema.org'})).toEqualTypeOf<ValidationIssue[]>()
  validate(null, null)
  validate([], {profile: undefined})
  // @ts-expect-error: no such profile.
  validate({}, {profile: 'bing'})
  expectTypeOf<ValidationIssue['severity']>().toEqualTypeOf<'error' | 'warning' | 'info'>()
  expectTypeOf<'missing-author'>().toExtend<RuleId>()
  expectTypeOf(rules['empty-image'].severity).toEqualTypeOf<'error'>()
})

test('extractJsonLd returns blocks with positions', () => {
  expectTypeOf(extractJsonLd('')).toEqualTypeOf<ExtractedJsonLd[]>()
  expectTypeOf<ExtractedJsonLd['line']>().toEqualTypeOf<number>()
  expectTypeOf<NonNullable<ExtractedJsonLd['error']>['column']>().toEqualTypeOf<number>()
})

test('the matchers are registered with vitest’s types', () => {
  expect('<html></html>').toHaveValidNewsArticle()
  expect({}).toBeValidNewsArticle({failOn: 'error', profile: 'schema.org'})
  expect({}).not.toContainQuotation({speaker: 'Ann Lee', text: 'pipes'})
  expect({}).toMention({name: 'Aurora', type: 'City'})
  expect({a: {}}).toEqual({a: expect.toMention({name: 'Aurora', type: 'Place'})})
  expectTypeOf<{failOn: 'info'}>().toExtend<NewsArticleMatcherOptions>()
  // @ts-expect-error: a quotation needs its text.
  expect({}).toContainQuotation({speaker: 'Ann Lee'})
  // @ts-expect-error: no such severity.
  expect({}).toBeValidNewsArticle({failOn: 'fatal'})
})
