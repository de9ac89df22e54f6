// Structured hostile articles for fuzzing (#13): pieces that broke parsers, escapers and extractors before
// (deep nesting, huge tokens, quote-mark soup, lone surrogates, bad frontmatter, script-closing strings, odd
// dates), mixed with the words of a wire story so the extractors run on them too.
import fc from 'fast-check'

/** How deep generated nesting goes: past `maxNesting` for the core, bounded for the plugins (upstream parsers slow down). */
export interface HostileShape {
  readonly maxNestingRepeat: number
  readonly maxTokenLength: number
}

/** The core guards nesting and size before parsing: anything goes. */
export const coreShape: HostileShape = {maxNestingRepeat: 3000, maxTokenLength: 20_000}

/** The plugins get a tree their parser built, with no guard (README § Security): nesting the parsers read quickly. */
export const pluginShape: HostileShape = {maxNestingRepeat: 40, maxTokenLength: 5000}

const words = fc.constantFrom(
  'The', 'council', 'voted', 'said', 'Mayor', 'Jane', 'Doe', 'Ana', 'Ruiz', 'DENVER', '(AP)', '—', '--', 'on', 'Tuesday',
  'water', 'rates', 'according', 'to', 'Acme', 'Inc.', 'U.S.', 'Gov.', 'Sen.', 'Colo.', 'Paris', 'Ky.', 'she', 'he', 'told',
  'By', 'and', 'of', 'in', 'BERLIN', 'Reuters', ':', ',', '.', '?', '!', 'O’Brien', 'van', 'der', 'Berg', 'Jr.'
)

const quoteSoup = fc
  .array(fc.constantFrom('"', '“', '”', '‘', '’', "'", '«', '»', '‹', '›', '„', '‚', '「', '」', '``', "''", '″', '＂'), {minLength: 1, maxLength: 10})
  .map((marks) => marks.join(''))

/** Strings that close or open a script element, a comment or CDATA, in every spelling that has mattered. */
export const scriptBreakers = fc.constantFrom(
  '</script>', '</SCRIPT >', '</script/>', '</script\t', '</sCrIpT', '<!--', '-->', '<!-- x', '<script>', '<script', '</scr',
  'ipt>', '\u2028', '\u2029', '<\\/script>', ']]>', '<![CDATA[', '</style>', '&lt;/script&gt;', '<\u0000/script>', '</script\u0000>'
)

const loneSurrogate = fc.integer({min: 0xd800, max: 0xdfff}).map((code) => String.fromCharCode(code))

const oddCharacters = fc.oneof(
  fc.integer({min: 0, max: 0x1f}).map((code) => String.fromCharCode(code)),
  fc.constantFrom('\u007f', '\ufeff', '\u200b', '\u202e', '\u00a0', '\ufffd', '\r', '\r\n', '\u0085', '\ud83d\ude00', 'e\u0301')
)

const entities = fc.constantFrom('&amp;', '&#0;', '&#xD800;', '&#1114112;', '&#x110000;', '&nbsp;', '&unknown;', '&#', '&', '&lt;', '&quot;')

const markup = fc.constantFrom(
  '#', '# ', '> ', '- ', '* ', '1. ', '**', '_', '`', '```', '[', '](', ')', '![', '\n\n', '\n', '    ', '|', '---', '***', '\\',
  '<div>', '</div>', '<em>', '</em>', '<T>', '<p>', '<h1>', '</h1>', '<br>', '<!-- c -->', '<q>', '</q>', '<blockquote>', '<a href="x">'
)

/** Odd date strings: out of range, skipped by DST, year 0000, leap seconds, huge years, not dates at all. */
export const oddDates = fc.constantFrom(
  '0000-01-01', '2024-02-30', '2024-03-10T02:30', '2024-12-31T23:59:60Z', '+275760-09-13', '2024-13-01', '-0001-01-01',
  '2024-01-01T24:00', '1e21', '99999-01-01', '2024-01-01T00:00:00+25:00', 'tomorrow', '2024-1-1', '2024-06-01 12:00 PM',
  '1700000000', '2024-01-01T00:00:00.123456789Z', '2023-02-29', '2024-11-03T01:30', '9999-12-31T23:59:59-14:00', ''
)

function nesting(shape: HostileShape): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('> ', '- ', '* ', '[', '*', '_', '<div>', '<b>', '1. ', '> - ', '`'), fc.integer({min: 2, max: shape.maxNestingRepeat}))
    .map(([unit, count]) => unit.repeat(count) + 'x')
}

function hugeToken(shape: HostileShape): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('a', 'A', '“', '<', '&', '-', '.', 'é', '\ud83d\ude00', '"a', 'Ab '), fc.integer({min: 100, max: shape.maxTokenLength}))
    .map(([unit, count]) => unit.repeat(Math.ceil(count / unit.length)))
}

/** One piece of article text. */
function piece(shape: HostileShape): fc.Arbitrary<string> {
  return fc.oneof(
    {weight: 12, arbitrary: words},
    {weight: 3, arbitrary: quoteSoup},
    {weight: 2, arbitrary: scriptBreakers},
    {weight: 1, arbitrary: loneSurrogate},
    {weight: 2, arbitrary: oddCharacters},
    {weight: 1, arbitrary: entities},
    {weight: 3, arbitrary: markup},
    {weight: 2, arbitrary: fc.string({unit: 'binary', maxLength: 12})},
    {weight: 1, arbitrary: oddDates},
    {weight: 1, arbitrary: nesting(shape)},
    {weight: 1, arbitrary: hugeToken(shape)}
  )
}

/** Article text: pieces joined by spaces, nothing or line breaks. */
export function hostileText(shape: HostileShape, maxPieces = 40): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(piece(shape), fc.constantFrom(' ', ' ', ' ', '', '\n', '\n\n')), {maxLength: maxPieces})
    .map((parts) => parts.map(([text, gap]) => text + gap).join(''))
}

const frontmatterKeys = fc.constantFrom(
  'title', 'subtitle', 'description', 'url', 'canonical', 'date', 'updated', 'author', 'publisher', 'image', 'section', 'tags',
  'language', 'isAccessibleForFree', 'paywallSelector', 'dateline', 'type', 'timeZone', 'datePublised', '"', '? [a]', '<<', 'title'
)

const yamlValues = fc.oneof(
  fc.constantFrom(
    '[oops', '{a: ', '&a x', '*a', '!!binary x', '!!js/function f', '|', '>-', '"\\ud800"', '"\\udc00 x"', "'", '~', 'null', '.inf',
    '0x1F', '007', '123456789012345678901234567890', '1.50', 'true', '[1, [2, [3]]]', '{name: "Jane \\ud800", url: "javascript:x"}',
    '[Jane Doe, "", null, {name: 3}]', '"</script><script>alert(1)</script>"', 'Why <script> tags matter', 'x<y', '2024-03-10 02:30',
    '"http://exa mple.com"', '//evil.example/x', 'https://example.com/\ud800', '[a, *b]', 'America/New_York', 'Mars/Base'
  ),
  oddDates,
  fc.string({unit: 'binary', maxLength: 20}).map((value) => JSON.stringify(value)),
  quoteSoup
)

/** YAML frontmatter: fields with hostile values, broken YAML, an alias bomb, or an unclosed fence. */
export const hostileFrontmatter: fc.Arbitrary<string> = fc.oneof(
  {weight: 6, arbitrary: fc.array(fc.tuple(frontmatterKeys, yamlValues), {maxLength: 7}).map((pairs) => '---\n' + pairs.map(([key, value]) => key + ': ' + value).join('\n') + '\n---\n')},
  {weight: 1, arbitrary: fc.constantFrom('---\n', '---\n---\n', '---\ntitle: x\n', '--- \n---\n', '---\r\ntitle: CRLF\r\n---\r\n')},
  {weight: 1, arbitrary: fc.constant('---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ntitle: Bomb\n---\n')}
)

/** A Markdown (or plain text) article: maybe frontmatter, a headline line, a body. */
export function hostileMarkdown(shape: HostileShape): fc.Arbitrary<string> {
  return fc
    .tuple(fc.option(hostileFrontmatter, {nil: ''}), fc.constantFrom('', '# ', 'Headline: ', '## '), hostileText(shape, 8), hostileText(shape))
    .map(([frontmatter, mark, headline, body]) => frontmatter + mark + headline + '\n\n' + body)
}

/** An HTML page (or a fragment): hostile text in the title, meta tags, headline and paragraphs. */
export function hostileHtml(shape: HostileShape): fc.Arbitrary<string> {
  const text = hostileText(shape, 10)
  return fc.oneof(
    fc.tuple(text, text, text, hostileText(shape), oddDates).map(
      ([title, author, headline, body, date]) =>
        '<!doctype html><html><head><title>' + title + '</title><meta name="author" content="' + author + '">' +
        '<meta property="article:published_time" content="' + date + '"><link rel="canonical" href="' + author + '"></head>' +
        '<body><article><h1>' + headline + '</h1><p>' + body + '</p><blockquote>' + headline + '</blockquote></article></body></html>'
    ),
    hostileText(shape)
  )
}
