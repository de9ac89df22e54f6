// #12 item 4: a headline that holds `<script>` or `<T>` as text keeps it,
// whatever the input (frontmatter, Markdown, plain text, HTML).
import {describe, expect, test} from 'vitest'
import {articleToJsonLd} from '../src/index.js'

const body = '\n\nDENVER (AP) — The council met on Monday.\n'

function headline(input: string): unknown {
  return (articleToJsonLd(input).jsonld['@graph'][0] as {headline?: unknown}).headline
}

const kept: Array<[string, string, string]> = [
  ['plain text', 'Why <script> tags matter' + body, 'Why <script> tags matter'],
  ['HTML, a type parameter', '<html><body><h1>Using Array&lt;T&gt; in TypeScript</h1><p>DENVER (AP) — The council met.</p></body></html>', 'Using Array<T> in TypeScript'],
  ['frontmatter, a real tag is still removed', '---\ntitle: Council <em>delays</em> vote\n---' + body, 'Council delays vote'],
  ['frontmatter, an unclosed <script>', '---\ntitle: Why <script> tags matter\n---' + body, 'Why <script> tags matter'],
  ['frontmatter, a type parameter', '---\ntitle: Using Array<T> in TypeScript\n---' + body, 'Using Array<T> in TypeScript'],
  ['frontmatter, a comparison', '---\ntitle: When x<y and y>z\n---' + body, 'When x<y and y>z'],
  ['HTML, escaped in <h1> and <title>', '<html><head><title>Why &lt;script&gt; tags matter</title></head><body><h1>Why &lt;script&gt; tags matter</h1><p>DENVER (AP) — The council met.</p></body></html>', 'Why <script> tags matter'],
  ['a Markdown heading', '# Why <script> tags matter' + body, 'Why <script> tags matter'],
  ['a Markdown heading, a type parameter', '# Using Array<T> in TypeScript' + body, 'Using Array<T> in TypeScript'],
  ['a Markdown heading, a real tag is still removed', '# Council <em>delays</em> vote' + body, 'Council delays vote'],
  ['a Markdown heading, a script with its end tag is removed', '# Council <script>alert(1)</script>votes' + body, 'Council votes'],
  ['a Markdown heading, a comment is removed and CDATA keeps its text', '# Council <!-- draft --> votes <![CDATA[today]]>' + body, 'Council votes today'],
  ['a Markdown heading, escaped markup stays text', '# Why &lt;script&gt; tags matter' + body, 'Why <script> tags matter']
]

describe('headline text is kept', () => {
  test.each(kept)('%s', (_name, input, expected) => {
    expect(headline(input)).toBe(expected)
  })

  test('inline HTML in a Markdown paragraph keeps its literal text too', () => {
    const result = articleToJsonLd('# Headline\n\nDENVER (AP) — Use Array<T> for lists, <b>not</b> tuples, said Jane Doe.\n')
    const description = (result.jsonld['@graph'][0] as {description?: unknown}).description
    expect(description).toBe('Use Array<T> for lists, not tuples, said Jane Doe.')
  })
})
