/**
 * Google's Article guidance (developers.google.com/search/docs/appearance/
 * structured-data/article), applied to every `Article` and subtype
 * (`NewsArticle`, `BlogPosting`, `ReportageNewsArticle`…). Google requires
 * no property: missing ones are infos, mistakes in present ones warnings
 * or errors.
 */
import {checkAuthors} from './authors.js'
import {checkDates} from './dates.js'
import {checkHeadline} from './headline.js'
import {checkImages} from './images.js'
import {checkPaywall} from './paywall.js'
import {nodesOfType} from '../schema-org/nodes-of-type.js'
import type {State} from '../state.js'

/** Check every article of the document in `state`, once per `@id`. */
export function checkGoogleArticles(state: State): void {
  for (const article of nodesOfType(state.graph, 'Article', state.vocabulary)) {
    checkHeadline(state, article)
    checkAuthors(state, article)
    checkDates(state, article)
    checkImages(state, article)
    checkPaywall(state, article)
  }
}
