/**
 * An article's breadcrumb: the home page, the folders of its URL that are
 * sections (named by the site's `sections`, or by the article's section
 * when the folder is its slug), and the article.
 */
import {slug} from '../graph/ids.js'
import type {GraphNode} from '../graph/node.js'
import type {Site} from './site.js'

/**
 * The `BreadcrumbList` of an article at `url` under the site; none when the
 * article has no URL on the site. Folders that name no section (`2026`,
 * `06`) are left out: a crumb is a page a reader can go to.
 */
export function breadcrumbNode(site: Site, url: string | undefined, sections: readonly string[], headline: string): GraphNode | undefined {
  if (!url || !url.startsWith(site.url) || url === site.url) return undefined
  const folders = new URL(url).pathname.slice(new URL(site.url).pathname.length).split('/').slice(0, -1)
  const crumbs: Array<{name: string; item: string}> = [{name: site.name, item: site.url}]
  let path = site.url
  for (const folder of folders) {
    if (folder === '') continue
    path += folder + '/'
    const name = site.sections[folder] ?? sections.find((section) => slug(section) === slug(decoded(folder)))
    if (name) crumbs.push({name, item: path})
  }
  crumbs.push({name: headline, item: url})
  return {
    '@type': 'BreadcrumbList',
    '@id': url + '#breadcrumb',
    itemListElement: crumbs.map((crumb, index) => ({'@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.item}))
  }
}

/** A URL folder as text; one with a malformed escape stays as written. */
function decoded(folder: string): string {
  try {
    return decodeURIComponent(folder)
  } catch {
    return folder
  }
}
