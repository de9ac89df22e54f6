// The example's test: build, start the server, fetch an article, and check
// that its JSON-LD script element carries the nonce of the CSP header.
import assert from 'node:assert/strict'
import {spawn} from 'node:child_process'

const port = 3000 + Math.floor(Math.random() * 1000)
const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {stdio: 'ignore'})
try {
  let response
  for (let tries = 0; tries < 120 && !response; tries++) {
    response = await fetch(`http://localhost:${port}/news/transit-fares`).catch(() => undefined)
    if (!response) await new Promise((resolve) => setTimeout(resolve, 500))
  }
  assert.ok(response, 'the server did not answer')
  assert.equal(response.status, 200)
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1]
  assert.ok(nonce, 'no nonce in the Content-Security-Policy header')
  const html = await response.text()
  const match = /<script type="application\/ld\+json" nonce="([^"]*)">(.*?)<\/script>/s.exec(html)
  assert.ok(match, 'no JSON-LD script element with a nonce')
  assert.equal(match[1], nonce)
  const article = JSON.parse(match[2])['@graph'][0]
  assert.equal(article['@type'], 'NewsArticle')
  assert.equal(article.datePublished, '2026-05-11T14:05:00-06:00')
  console.log('nextjs: the page has its NewsArticle JSON-LD with the CSP nonce')
} finally {
  server.kill()
}
