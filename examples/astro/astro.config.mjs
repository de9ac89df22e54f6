// Astro 5: the Markdown pipeline runs remarkNewsArticle on every article of
// the `news` collection; a second small plugin hands the JSON-LD to the page
// through `remarkPluginFrontmatter`, so the layout can put it in <head>.
import {defineConfig} from 'astro/config'
import remarkNewsArticle from 'newsroom-jsonld/remark'

const newsroom = {
  baseUrl: 'https://www.kxyz.example/news/',
  publisher: {name: 'KXYZ News', url: 'https://www.kxyz.example/', logo: 'https://www.kxyz.example/logo.png'},
  timeZone: 'America/Denver'
}

/** Copy the article's JSON-LD to Astro's frontmatter, where `render(entry)` returns it. */
function remarkJsonLdToFrontmatter() {
  return function (_tree, file) {
    file.data.astro.frontmatter.newsArticleJsonLd = file.data.newsArticle?.jsonld
  }
}

export default defineConfig({
  site: 'https://www.kxyz.example',
  markdown: {remarkPlugins: [[remarkNewsArticle, newsroom], remarkJsonLdToFrontmatter]}
})
