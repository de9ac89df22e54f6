// Boundaries of Google's image rule: a present, non-empty image; an `ImageObject` that says where it is; the
// 50,000-pixel minimum and the 1% tolerance around 16:9, 4:3 and 1:1, each on both sides; which widths and
// heights read as pixels. Each report in full (message, path, payload) where it is first met.
import {describe, expect, test} from 'vitest'
import {validate} from '../../src/validate/validate.js'
import {schemaContext, validArticle} from '../helpers/valid-article.js'

/** The issues of the article with `changes`, notes on pending terms left out. */
function issues(changes: Record<string, unknown>, without: string[] = []) {
  const document: Record<string, unknown> = {...validArticle, ...changes}
  for (const key of without) delete document[key]
  return validate(document).filter((issue) => issue.ruleId !== 'pending-term')
}

/** `ruleId path` of the image rules' issues. */
function imageRules(changes: Record<string, unknown>) {
  return issues(changes)
    .filter((issue) => issue.ruleId.startsWith('image') || issue.ruleId.endsWith('image'))
    .map((issue) => `${issue.ruleId} ${issue.path}`)
}

const url = 'https://news.example.com/images/a.jpg'

/** The image rules' issues for an `ImageObject` of this width and height. */
const sized = (width: unknown, height: unknown) => imageRules({image: {'@type': 'ImageObject', url, width, height}})

/** The `actual` of the too-small report for these dimensions: the pixels read, or undefined when none is made. */
function readSize(width: unknown, height: unknown): unknown {
  return issues({image: {'@type': 'ImageObject', url, width, height}}).find((issue) => issue.ruleId === 'image-too-small')?.actual
}

describe('image presence', () => {
  test('a missing image, in full', () => {
    expect(issues({}, ['image'])).toEqual([
      {
        severity: 'info',
        ruleId: 'missing-image',
        message: 'Unexpected article without `image`, expected a representative image of at least 50,000 pixels',
        path: ''
      }
    ])
  })

  test('an empty or blank image text, alone or in a list, plain or as a value object', () => {
    expect(issues({image: ''}).filter((issue) => issue.ruleId === 'empty-image')).toEqual([
      {
        severity: 'error',
        ruleId: 'empty-image',
        message: 'Unexpected empty string as `image`, expected the URL of an image or an `ImageObject`',
        path: '/image',
        actual: ''
      }
    ])
    expect(imageRules({image: [url, '  ']})).toEqual(['empty-image /image/1'])
    expect(imageRules({image: {'@value': ' '}})).toEqual(['empty-image /image'])
    // Text with something in it is an address, checked elsewhere.
    expect(imageRules({image: ' x '})).toEqual([])
    expect(imageRules({image: [url]})).toEqual([])
  })
})

describe('image address', () => {
  test('an ImageObject without url or contentUrl, in full', () => {
    expect(issues({image: {'@type': 'ImageObject', width: 1200, height: 675}})).toEqual([
      {
        severity: 'error',
        ruleId: 'image-without-url',
        message: 'Unexpected `ImageObject` without `url`, expected the address of the image in `url` or `contentUrl`',
        path: '/image'
      }
    ])
    expect(imageRules({image: {'@type': 'ImageObject', contentUrl: url}})).toEqual([])
    expect(imageRules({image: {'@type': 'ImageObject', url}})).toEqual([])
  })

  test('an empty url, in full; every one of a list must be empty', () => {
    expect(issues({image: {'@type': 'ImageObject', url: ''}}).filter((issue) => issue.ruleId === 'image-without-url')).toEqual([
      {
        severity: 'error',
        ruleId: 'image-without-url',
        message: 'Unexpected empty image URL, expected the address of the image',
        path: '/image/url',
        actual: ''
      }
    ])
    expect(imageRules({image: {'@type': 'ImageObject', contentUrl: ['', {'@value': ' '}]}})).toEqual(['image-without-url /image/contentUrl'])
    expect(imageRules({image: {'@type': 'ImageObject', contentUrl: ['', url]}})).toEqual([])
    // A number is no empty address (the range check reports it).
    expect(imageRules({image: {'@type': 'ImageObject', url: 7}})).toEqual([])
    // url wins over contentUrl: an empty url is reported even when contentUrl has the address.
    expect(imageRules({image: {'@type': 'ImageObject', url: ' ', contentUrl: url}})).toEqual(['image-without-url /image/url'])
  })

  test('untyped objects and subtypes are ImageObjects; other types are not asked for an address', () => {
    expect(imageRules({image: {width: 1200, height: 675}})).toEqual(['image-without-url /image'])
    expect(imageRules({image: {'@type': 'Barcode'}})).toEqual(['image-without-url /image'])
    expect(imageRules({image: {'@type': 'Photograph', name: 'A council meeting'}})).toEqual([])
    // By reference, at the node's own place.
    const document = {
      '@context': schemaContext,
      '@graph': [
        {...validArticle, '@context': undefined, image: [{'@id': '#picture'}]},
        {'@type': 'ImageObject', '@id': '#picture', width: 100, height: 100}
      ]
    }
    expect(
      validate(document)
        .filter((issue) => issue.ruleId.startsWith('image'))
        .map((issue) => `${issue.ruleId} ${issue.path}`)
    ).toEqual(['image-without-url /@graph/1', 'image-too-small /@graph/1'])
    // A dangling reference has nothing to check.
    expect(imageRules({image: {'@id': '#nowhere'}})).toEqual([])
  })
})

describe('image size', () => {
  test('50,000 pixels is enough, fewer is too small, in full', () => {
    // 250×200 is 1.25, no recommended ratio: both reports.
    expect(sized(250, 200)).toEqual(['image-aspect-ratio /image'])
    expect(issues({image: {'@type': 'ImageObject', url, width: 251, height: 199}})).toEqual([
      {
        severity: 'warning',
        ruleId: 'image-too-small',
        message: 'Unexpected image of 251×199 (49,949 pixels), expected at least 50,000 pixels (width × height)',
        path: '/image',
        actual: {width: 251, height: 199}
      },
      {
        severity: 'info',
        ruleId: 'image-aspect-ratio',
        message: 'Unexpected aspect ratio 1.26 of image `251×199`, expected 16:9, 4:3 or 1:1',
        path: '/image',
        actual: {width: 251, height: 199},
        expected: ['16:9', '4:3', '1:1']
      }
    ])
    // Pixels are rounded in the message only.
    expect(issues({image: {'@type': 'ImageObject', url, width: 100.4, height: 100.4}})).toMatchObject([
      {ruleId: 'image-too-small', message: 'Unexpected image of 100.4×100.4 (10,080 pixels), expected at least 50,000 pixels (width × height)'}
    ])
  })

  test('each recommended ratio, and 1% either side of it', () => {
    expect(sized(1920, 1080)).toEqual([])
    expect(sized(1200, 900)).toEqual([])
    expect(sized(1200, 1200)).toEqual([])
    // 16:9 is 1.7778: 1211/675 is 0.9% over, 1213/675 1.1% over; 1189/675 is 0.9% under, 1187/675 1.1% under.
    expect(sized(1211, 675)).toEqual([])
    expect(sized(1213, 675)).toEqual(['image-aspect-ratio /image'])
    expect(sized(1189, 675)).toEqual([])
    expect(sized(1187, 675)).toEqual(['image-aspect-ratio /image'])
    // 4:3 and 1:1 have their own tolerance: 908/900 and 892/900 are within 1% of 1, 911/900 and 889/900 not.
    expect(sized(908, 900)).toEqual([])
    expect(sized(892, 900)).toEqual([])
    expect(sized(911, 900)).toEqual(['image-aspect-ratio /image'])
    expect(sized(889, 900)).toEqual(['image-aspect-ratio /image'])
    expect(sized(1211, 900)).toEqual([])
    expect(sized(1189, 900)).toEqual([])
    expect(sized(1214, 900)).toEqual(['image-aspect-ratio /image'])
    expect(sized(1186, 900)).toEqual(['image-aspect-ratio /image'])
  })

  test('an aspect ratio report, in full', () => {
    expect(issues({image: {'@type': 'ImageObject', url, width: 1200, height: 800}})).toEqual([
      {
        severity: 'info',
        ruleId: 'image-aspect-ratio',
        message: 'Unexpected aspect ratio 1.50 of image `1200×800`, expected 16:9, 4:3 or 1:1',
        path: '/image',
        actual: {width: 1200, height: 800},
        expected: ['16:9', '4:3', '1:1']
      }
    ])
  })

  test('sizes are checked only when both are known, for each image of a list', () => {
    expect(sized(100, undefined)).toEqual([])
    expect(sized(undefined, 100)).toEqual([])
    expect(imageRules({image: [url, {'@type': 'ImageObject', url, width: 100, height: 100}]})).toEqual(['image-too-small /image/1'])
    expect(imageRules({image: [{'@type': 'ImageObject', url, width: 100, height: 100}, {'@type': 'ImageObject', url, width: 1200, height: 1000}]})).toEqual([
      'image-too-small /image/0',
      'image-aspect-ratio /image/1'
    ])
  })
})

describe('dimensions in pixels', () => {
  test('numbers and numeric text, with or without px', () => {
    expect(readSize(100, 100)).toEqual({width: 100, height: 100})
    expect(readSize('100', ' 120 ')).toEqual({width: 100, height: 120})
    expect(readSize('100px', '120 PX')).toEqual({width: 100, height: 120})
    expect(readSize('100.5', {'@value': '120px'})).toEqual({width: 100.5, height: 120})
  })

  test('other text, arrays, zero, negatives and non-finite numbers are no size', () => {
    for (const unread of ['100 cm', 'px', '1 00', '-100', '100px wide', 'about 100', '', 0, -100, Number.NaN, Number.POSITIVE_INFINITY, [100], true, null]) {
      expect(readSize(unread, 100), JSON.stringify(unread)).toBeUndefined()
      expect(readSize(100, unread), JSON.stringify(unread)).toBeUndefined()
    }
  })

  test('a QuantitativeValue in pixels: no unit, E37, px, pixel or pixels', () => {
    const quantity = (value: unknown, unit: Record<string, unknown> = {}) => ({'@type': 'QuantitativeValue', value, ...unit})
    expect(readSize(quantity(100), quantity('120'))).toEqual({width: 100, height: 120})
    expect(readSize(quantity(100, {unitCode: 'E37'}), quantity('120px', {unitText: 'px'}))).toEqual({width: 100, height: 120})
    expect(readSize(quantity(100, {unitText: 'Pixels'}), quantity(120, {unitText: 'pixel'}))).toEqual({width: 100, height: 120})
    expect(readSize(quantity({'@value': 100}, {unitText: 'PX'}), 120)).toEqual({width: 100, height: 120})
    // unitCode is read before unitText.
    expect(readSize(quantity(100, {unitCode: 'E37', unitText: 'cm'}), 120)).toEqual({width: 100, height: 120})
    expect(readSize(quantity(100, {unitCode: 'CMT', unitText: 'px'}), 120)).toBeUndefined()
    for (const unit of [{unitCode: 'CMT'}, {unitText: 'cm'}, {unitText: 'pixelsx'}, {unitText: 'a px'}, {unitText: 'E37'.toLowerCase()}, {unitCode: 37}]) {
      expect(readSize(quantity(100, unit), 120), JSON.stringify(unit)).toBeUndefined()
    }
    // A quantity without a value, or with one that is no size.
    expect(readSize({'@type': 'QuantitativeValue', unitCode: 'E37'}, 120)).toBeUndefined()
    expect(readSize(quantity('wide'), 120)).toBeUndefined()
  })
})
