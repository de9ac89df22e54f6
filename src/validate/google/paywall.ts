/**
 * Google's paywall markup, in its documented form: an article with
 * `isAccessibleForFree: false` and, in `hasPart`, one `WebPageElement` per
 * paywalled section with `isAccessibleForFree: false` and a `cssSelector`
 * that is a class selector (`.paywall`); sections not nested in each other.
 * Without it Google cannot tell a paywall from cloaking.
 */
import type {LocatedValue, ResolvedNode} from '../json-ld/document-graph.js'
import {propertyValues} from '../json-ld/json-object.js'
import {childPointer} from '../json-ld/json-pointer.js'
import {literal} from '../json-ld/literal.js'
import {isOfType} from '../schema-org/nodes-of-type.js'
import {schemaTerm} from '../schema-org/schema-term.js'
import type {State} from '../state.js'
import {code} from '../wording.js'
import {isClassSelector} from '../../metadata/class-selector.js'

/** Check the paywall markup of `article`. */
export function checkPaywall(state: State, article: ResolvedNode): void {
  const free = article.get('isAccessibleForFree')
  const isPaywalled = free !== undefined && readBoolean(free.value) === false
  const hasPart = article.get('hasPart')
  const paywalledParts = hasPart ? paywalledElements(state, hasPart) : []

  // Subscription linking marks the product the article belongs to (`isPartOf` a `Product` with a `productID`), not sections.
  if (isPaywalled && paywalledParts.length === 0 && !isSubscriptionLinked(state, article)) {
    state.report(
      'paywall-missing-part',
      hasPart ? hasPart.path : free.path,
      hasPart
        ? 'Unexpected `hasPart` without a paywalled part, expected a `WebPageElement` with `isAccessibleForFree: false` and a `cssSelector`'
        : 'Unexpected `isAccessibleForFree: false` without `hasPart`, expected a `WebPageElement` with `isAccessibleForFree: false` and a `cssSelector`'
    )
  }
  if (!isPaywalled && paywalledParts.length > 0) {
    state.report(
      'paywall-not-marked',
      free ? free.path : article.path,
      `Unexpected paywalled part on an article ${free ? 'marked free' : 'without `isAccessibleForFree`'}, ` +
        'expected `"isAccessibleForFree": false` on the article'
    )
  }

  for (const part of paywalledParts) {
    checkSelector(state, part)
    const nested = part.get('hasPart')
    if (nested && paywalledElements(state, nested).length > 0) {
      state.report(
        'paywall-nested-part',
        nested.path,
        'Unexpected paywalled part inside another part, expected every paywalled section directly in the article’s `hasPart`'
      )
    }
  }
}

/**
 * Whether the article is marked for Google's subscription linking
 * (developers.google.com/news/subscribe/subscriptions-linking): `isPartOf`
 * a `Product` with a `productID` such as `example.com:basic`.
 */
function isSubscriptionLinked(state: State, article: ResolvedNode): boolean {
  const isPartOf = article.get('isPartOf')
  if (!isPartOf) return false
  return propertyValues(isPartOf.value).some(([value, index]) => {
    const node = state.graph.resolve(value, index === undefined ? isPartOf.path : childPointer(isPartOf.path, index))
    return node !== undefined && isOfType(node, 'Product', state.vocabulary) && node.get('productID') !== undefined
  })
}

/** The parts in `hasPart` that are `WebPageElement`s (or subtypes) with `isAccessibleForFree: false`. */
function paywalledElements(state: State, hasPart: LocatedValue): ResolvedNode[] {
  const parts: ResolvedNode[] = []
  for (const [value, index] of propertyValues(hasPart.value)) {
    const part = state.graph.resolve(value, index === undefined ? hasPart.path : childPointer(hasPart.path, index))
    if (!part) continue
    if (isOfType(part, 'WebPageElement', state.vocabulary) && readBoolean(part.get('isAccessibleForFree')?.value) === false) parts.push(part)
  }
  return parts
}

function checkSelector(state: State, part: ResolvedNode): void {
  const selector = part.get('cssSelector')
  if (!selector) {
    state.report('paywall-invalid-selector', part.path, 'Unexpected paywalled part without `cssSelector`, expected a class selector such as `.paywall`')
    return
  }
  for (const [value, index] of propertyValues(selector.value)) {
    const text = literal(value)
    if (typeof text === 'string' && isClassSelector(text.trim())) continue
    state.report(
      'paywall-invalid-selector',
      index === undefined ? selector.path : childPointer(selector.path, index),
      `Unexpected selector ${code(text)}, expected a class selector such as \`.paywall\``,
      {actual: text}
    )
  }
}

/** `false`, `"False"`, `"false"`, `"https://schema.org/False"` are false; likewise for true; anything else undefined. */
function readBoolean(value: unknown): boolean | undefined {
  const plain = literal(value)
  if (typeof plain === 'boolean') return plain
  if (typeof plain !== 'string') return undefined
  const term = schemaTerm(plain.trim())?.toLowerCase()
  return term === 'true' ? true : term === 'false' ? false : undefined
}
