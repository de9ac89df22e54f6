/**
 * Google's image guidance for articles: an image, never an empty one, and
 * where width and height are known at least 50,000 pixels, ideally in the
 * aspect ratios 16:9, 4:3 or 1:1.
 */
import type {ResolvedNode} from '../json-ld/document-graph.js'
import {isJsonObject, propertyValues} from '../json-ld/json-object.js'
import {childPointer} from '../json-ld/json-pointer.js'
import {literal} from '../json-ld/literal.js'
import {isOfType} from '../schema-org/nodes-of-type.js'
import type {State} from '../state.js'
import {code} from '../wording.js'

const MIN_PIXELS = 50_000

const recommendedRatios = [
  {name: '16:9', value: 16 / 9},
  {name: '4:3', value: 4 / 3},
  {name: '1:1', value: 1}
]

/** Relative difference within which a ratio counts as a recommended one (1920×1080 exactly, 1200×676 too). */
const RATIO_TOLERANCE = 0.01

/** `1200`, `"1200"`, `"1200px"`, `"1200 px"`. */
const pixelText = /^(\d+(?:\.\d+)?)\s*(?:px)?$/i

/** Check the images of `article`. */
export function checkImages(state: State, article: ResolvedNode): void {
  const image = article.get('image')
  if (!image) {
    state.report('missing-image', article.path, 'Unexpected article without `image`, expected a representative image of at least 50,000 pixels')
    return
  }
  for (const [value, index] of propertyValues(image.value)) {
    const path = index === undefined ? image.path : childPointer(image.path, index)
    const text = literal(value)
    if (typeof text === 'string' && text.trim() === '') {
      state.report('empty-image', path, 'Unexpected empty string as `image`, expected the URL of an image or an `ImageObject`', {actual: text})
      continue
    }
    const node = isJsonObject(value) ? state.graph.resolve(value, path) : undefined
    // An untyped image object is read as an `ImageObject`.
    if (node && (node.types.length === 0 || isOfType(node, 'ImageObject', state.vocabulary))) checkImageUrl(state, node)
    const width = node && pixels(node.get('width')?.value)
    const height = node && pixels(node.get('height')?.value)
    if (!node || width === undefined || height === undefined) continue
    const size = `${width}×${height}`
    if (width * height < MIN_PIXELS) {
      state.report(
        'image-too-small',
        node.path,
        `Unexpected image of ${size} (${Math.round(width * height).toLocaleString('en')} pixels), ` +
          `expected at least ${MIN_PIXELS.toLocaleString('en')} pixels (width × height)`,
        {actual: {width, height}}
      )
    }
    const ratio = width / height
    if (!recommendedRatios.some((recommended) => Math.abs(ratio - recommended.value) / recommended.value <= RATIO_TOLERANCE)) {
      state.report(
        'image-aspect-ratio',
        node.path,
        `Unexpected aspect ratio ${ratio.toFixed(2)} of image ${code(size)}, expected 16:9, 4:3 or 1:1`,
        {actual: {width, height}, expected: recommendedRatios.map((recommended) => recommended.name)}
      )
    }
  }
}

/** An `ImageObject` must say where the image is: `url` or `contentUrl`, not empty. */
function checkImageUrl(state: State, node: ResolvedNode): void {
  const located = node.get('url') ?? node.get('contentUrl')
  if (!located) {
    state.report('image-without-url', node.path, 'Unexpected `ImageObject` without `url`, expected the address of the image in `url` or `contentUrl`')
    return
  }
  const urls = propertyValues(located.value).map(([item]) => literal(item))
  if (urls.every((url) => typeof url === 'string' && url.trim() === '')) {
    state.report('image-without-url', located.path, 'Unexpected empty image URL, expected the address of the image', {actual: located.value})
  }
}

/** A dimension in pixels: a number, numeric text with optional `px`, or a `QuantitativeValue` in pixels. */
function pixels(value: unknown): number | undefined {
  const plain = literal(Array.isArray(value) ? undefined : value)
  let result: number | undefined
  if (typeof plain === 'number') result = plain
  else if (typeof plain === 'string') {
    const match = pixelText.exec(plain.trim())
    result = match ? Number(match[1]) : undefined
  } else if (isJsonObject(plain)) {
    // UN/CEFACT `E37` is the pixel; no unit is read as pixels too.
    const unit = plain['unitCode'] ?? plain['unitText']
    if (unit === undefined || unit === 'E37' || (typeof unit === 'string' && /^(?:px|pixels?)$/i.test(unit))) result = pixels(plain['value'])
  }
  return result !== undefined && Number.isFinite(result) && result > 0 ? result : undefined
}
