/**
 * The site's part of an article's graph: the `WebSite` the page is part of
 * and the page's breadcrumb, so the article's graph and the site's graph
 * (`siteToJsonLd`) meet at the same `@id`s.
 */
import type {GraphNode} from '../graph/node.js'
import {breadcrumbNode} from './breadcrumb.js'
import type {Site} from './site.js'
import {websiteNode} from './site-to-json-ld.js'

/** What the site adds to an article's graph: links on its `WebPage`, and nodes. */
export interface SiteNodes {
  readonly webPage: {readonly isPartOf: {readonly '@id': string}; readonly breadcrumb: {readonly '@id': string} | undefined}
  readonly nodes: readonly GraphNode[]
}

/** The site's nodes in the graph of the article at `url`, in `sections`, titled `headline`. */
export function siteNodes(site: Site, url: string | undefined, sections: readonly string[], headline: string): SiteNodes {
  const breadcrumb = breadcrumbNode(site, url, sections, headline)
  return {
    webPage: {isPartOf: {'@id': site.ids.website}, breadcrumb: breadcrumb && {'@id': breadcrumb['@id'] as string}},
    nodes: breadcrumb ? [websiteNode(site, false), breadcrumb] : [websiteNode(site, false)]
  }
}
