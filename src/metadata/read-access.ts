// Reading whether the article is free: `isAccessibleForFree` and the class
// selector of its paywalled part, which Google needs when it is not.
import {report} from '../messages.js'
import {type MetadataContext, invalid, readBoolean, readText} from './field-reader.js'
import {isClassSelector} from './class-selector.js'

/** Whether an article is free, and where its paywalled part is. */
export interface ArticleAccess {
  readonly isAccessibleForFree: boolean | undefined
  /** Class selector of the paywalled part, such as `.paywall`. */
  readonly paywallSelector: string | undefined
}

/**
 * The article's access fields; `paywallSelector` falls back to the
 * newsroom's option. A paid article without a selector is reported.
 */
export function readAccess(context: MetadataContext): ArticleAccess {
  const isAccessibleForFree = readBoolean(context, 'isAccessibleForFree')
  const paywallSelector = readSelector(context) ?? context.settings.paywallSelector
  if (isAccessibleForFree === false && !paywallSelector) {
    report(
      context.file,
      'paywall-without-selector',
      'Unexpected `isAccessibleForFree: false` without `paywallSelector`, expected a class selector of the paywalled part such as `.paywall`',
      {place: context.fields.placeOf(context.fields.entry('isAccessibleForFree')!.key)}
    )
  }
  return {isAccessibleForFree, paywallSelector}
}

function readSelector(context: MetadataContext): string | undefined {
  const text = readText(context, 'paywallSelector')
  if (text === undefined) return undefined
  // Google reads only class selectors for paywalled parts.
  if (isClassSelector(text)) return text
  return invalid(context, 'paywallSelector', 'a class selector such as `.paywall`')
}
