// A CMS-style build: every Markdown article in examples/articles becomes an
// HTML page with its JSON-LD and Open Graph tags, and the editorial checks
// are printed with vfile-reporter. Run: npm run example:build
import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {toMetaTags} from 'newsroom-jsonld'
import {remarkNewsroomLint} from 'newsroom-jsonld/remark'

const folder = new URL('articles/', import.meta.url)
const output = new URL('../.build/', import.meta.url)
const newsroom = JSON.parse(await readFile(new URL('newsroom.json', import.meta.url), 'utf8'))

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter)
  .use(remarkNewsroomLint, {...newsroom, embed: true})
  .use(remarkRehype)
  .use(rehypeStringify)

const files = []
await mkdir(output, {recursive: true})
for (const name of (await readdir(folder)).filter((name) => name.endsWith('.md'))) {
  const file = await processor.process(new VFile({path: new URL(name, folder).pathname, value: await readFile(new URL(name, folder), 'utf8')}))
  const {jsonld} = file.data.newsArticle
  const title = jsonld['@graph'][0].headline ?? name
  const page = `<!doctype html>
<html lang="${newsroom.language}">
<head>
<meta charset="utf-8">
<title>${title.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</title>
${toMetaTags({jsonld}).html}
</head>
<body>
<article>
${String(file)}
</article>
</body>
</html>
`
  const target = new URL(name.replace(/\.md$/, '.html'), output)
  await writeFile(target, page)
  console.log('wrote ' + target.pathname)
  files.push(file)
}

console.error(reporter(files))
