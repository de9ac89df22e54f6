import type {ResolvedNode} from '../json-ld/document-graph.js'
import {literal} from '../json-ld/literal.js'
import type {State} from '../state.js'
import {code} from '../wording.js'

/** Beyond this many characters Google may truncate a headline (a hint now, no longer a limit). */
const CONCISE_HEADLINE = 110

/** Check the headline of `article`: present, one, concise. */
export function checkHeadline(state: State, article: ResolvedNode): void {
  const headline = article.get('headline')
  if (!headline) {
    state.report('missing-headline', article.path, 'Unexpected article without `headline`, expected its title')
    return
  }
  if (Array.isArray(headline.value)) {
    state.report('headline-array', headline.path, `Unexpected array of ${headline.value.length} headlines, expected one headline`, {
      actual: headline.value
    })
    return
  }
  const text = literal(headline.value)
  if (typeof text === 'string' && [...text].length > CONCISE_HEADLINE) {
    state.report(
      'headline-too-long',
      headline.path,
      `Unexpected headline of ${[...text].length} characters ${code(text)}, expected a concise one of up to ${CONCISE_HEADLINE}`,
      {actual: text}
    )
  }
}
