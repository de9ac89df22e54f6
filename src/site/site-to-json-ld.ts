/**
 * The site graph: the `WebSite` (with its search action) and the
 * `NewsMediaOrganization` (logo, profiles, Trust Project policies), for the
 * home page or every page's template. Articles reference both by `@id`, so
 * article and site pages form one graph.
 */
import type {Graph, Thing} from 'schema-dts'
import {prune} from '../graph/prune.js'
import type {GraphNode} from '../graph/node.js'
import {type Site, type SiteOptions, toSite} from './site.js'

/**
 * The JSON-LD of the site: `WebSite` with a `SearchAction` (when
 * `searchUrl` is given) and the `NewsMediaOrganization` that publishes it.
 *
 * @param site The site (required: `url` and `name`).
 * @returns `{"@context": "https://schema.org", "@graph": [WebSite, NewsMediaOrganization]}`.
 * @throws {Error} When `site` is malformed, naming the field.
 */
export function siteToJsonLd(site: SiteOptions): Graph {
  const checked = toSite(site)
  return {'@context': 'https://schema.org', '@graph': [websiteNode(checked), organizationNode(checked)].map((node) => prune(node) as Thing)}
}

/** The `WebSite` node; `full` adds its search action and description (the site's own page). */
export function websiteNode(site: Site, full = true): GraphNode {
  return {
    '@type': 'WebSite',
    '@id': site.ids.website,
    url: site.url,
    name: site.name,
    alternateName: full ? site.alternateName : undefined,
    description: full ? site.description : undefined,
    inLanguage: site.language,
    publisher: {'@id': site.ids.organization},
    potentialAction:
      full && site.searchUrl
        ? {
            '@type': 'SearchAction',
            target: {'@type': 'EntryPoint', urlTemplate: site.searchUrl},
            'query-input': 'required name=search_term_string'
          }
        : undefined
  }
}

/** The `NewsMediaOrganization` node, with everything the site says about it. */
function organizationNode(site: Site): GraphNode {
  const logo = site.logo && {'@type': 'ImageObject', '@id': site.ids.logo, url: site.logo.url, contentUrl: site.logo.url, width: site.logo.width, height: site.logo.height}
  return {
    '@type': 'NewsMediaOrganization',
    '@id': site.ids.organization,
    name: site.name,
    alternateName: site.alternateName,
    url: site.url,
    logo,
    image: logo && {'@id': site.ids.logo},
    sameAs: site.sameAs,
    foundingDate: site.foundingDate,
    ...site.policies
  }
}
