// An Eleventy filter that turns an article's source file into its JSON-LD
// script element. Eleventy takes the frontmatter off before Markdown is
// rendered, so the filter reads the whole file (frontmatter included) from
// `page.inputPath`, the same input `articleToJsonLd` reads anywhere else.
import {readFile} from 'node:fs/promises'
import {VFile} from 'vfile'
import {articleToJsonLd, toScriptTag} from 'newsroom-jsonld'

const newsroom = {
  baseUrl: 'https://www.kxyz.example/news/',
  publisher: {name: 'KXYZ News', url: 'https://www.kxyz.example/', logo: 'https://www.kxyz.example/logo.png'},
  timeZone: 'America/Denver'
}

export default function (eleventyConfig) {
  eleventyConfig.addAsyncFilter('newsArticleScript', async (inputPath) => {
    const file = new VFile({path: inputPath, value: await readFile(inputPath, 'utf8')})
    const {jsonld, messages} = articleToJsonLd(file, newsroom)
    for (const message of messages) console.warn(String(message))
    return toScriptTag(jsonld)
  })
  // This folder's README is documentation, not a page.
  eleventyConfig.ignores.add('README.md')
  return {dir: {input: '.', includes: '_includes', output: '_site'}}
}
