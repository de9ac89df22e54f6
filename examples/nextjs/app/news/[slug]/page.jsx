// A server component: the article's JSON-LD from `articleToJsonLd`, in a
// script element carrying the request's CSP nonce (set by middleware.js).
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {headers} from 'next/headers'
import {notFound} from 'next/navigation'
import {articleToJsonLd, serializeJsonLd} from 'newsroom-jsonld'

const newsroom = {
  baseUrl: 'https://www.kxyz.example/news/',
  publisher: {name: 'KXYZ News', url: 'https://www.kxyz.example/', logo: 'https://www.kxyz.example/logo.png'},
  timeZone: 'America/Denver'
}

export default async function ArticlePage({params}) {
  const {slug} = await params
  if (!/^[a-z\d-]+$/.test(slug)) notFound()
  const path = join(process.cwd(), 'articles', slug + '.md')
  const value = await readFile(path, 'utf8').catch(() => notFound())
  const {jsonld, article} = articleToJsonLd(value, {...newsroom, metadata: {url: slug}})
  const nonce = (await headers()).get('x-nonce') ?? undefined

  return (
    <article>
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{__html: serializeJsonLd(jsonld)}} />
      <h1>{article.headline}</h1>
    </article>
  )
}
