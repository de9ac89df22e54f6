/**
 * Runs `validate` over the JSON-LD that real pages publish
 * (`../shared/data/dev/jsonld-real-pages.jsonl`: rows `{page, url, blocks}`,
 * each block the raw text of one `<script type="application/ld+json">`),
 * all blocks of a page together, and prints per rule how many pages and
 * blocks get it, with one example (the path and a short value, never page
 * prose). Nothing read here is written anywhere.
 *
 * Run: npm run eval:validator [-- --rule RULE] [--data DIR] [--markdown]
 */
import {existsSync, readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {parseJson} from '../src/validate/page/extract-json-ld.js'
import type {ValidationIssue} from '../src/validate/issue.js'
import {validateInPage} from '../src/validate/validate.js'

const option = (name: string): string | undefined => {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}
// `../shared` beside the clone; a git worktree one folder deeper finds it too.
const given = option('--data')
const folder = [
  given === undefined ? undefined : pathToFileURL(resolve(given) + '/'),
  new URL('../../shared/data/dev/', import.meta.url),
  new URL('../../../shared/data/dev/', import.meta.url)
].find((url) => url !== undefined && existsSync(url))
const file = folder && new URL('jsonld-real-pages.jsonl', folder)
if (!file || !existsSync(file)) {
  console.log('eval:validator: skipped, ../shared/data/dev/jsonld-real-pages.jsonl is absent')
  process.exit(0)
}

interface Row {
  readonly page: string
  readonly url: string
  readonly blocks: readonly string[]
}

/** What one rule reached, over the corpus. */
interface RuleTally {
  severity: string
  readonly pages: Set<string>
  blocks: number
  example: string | undefined
}

const onlyRule = option('--rule')
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Row)

const tallies = new Map<string, RuleTally>()
const pagesWithError = new Set<string>()
let blockCount = 0
let malformed = 0

for (const row of rows) {
  const parsed = row.blocks.map((text) => parseJson(text))
  const values = parsed.flatMap((result) => ('value' in result ? [result.value] : []))
  malformed += parsed.length - values.length
  blockCount += parsed.length
  values.forEach((value, index) => {
    const siblings = values.filter((_, other) => other !== index)
    const seen = new Set<string>()
    for (const issue of validateInPage(value, siblings)) {
      if (issue.severity === 'error') pagesWithError.add(row.page)
      if (issue.severity === 'info' && onlyRule !== issue.ruleId) continue
      const tally = tallies.get(issue.ruleId) ?? {severity: issue.severity, pages: new Set(), blocks: 0, example: undefined}
      tally.pages.add(row.page)
      if (!seen.has(issue.ruleId)) tally.blocks++
      seen.add(issue.ruleId)
      tally.example ??= example(issue)
      tallies.set(issue.ruleId, tally)
      if (onlyRule === issue.ruleId) console.log(`${row.page} ${issue.path}: ${issue.message}`)
    }
  })
}

/** Path and a short value: enough to recognise the case, too short to carry page prose. */
function example(issue: ValidationIssue): string {
  const value = typeof issue.actual === 'string' ? issue.actual : JSON.stringify(issue.actual)
  const short = value === undefined ? '' : ' ' + (value.length > 40 ? value.slice(0, 39) + '…' : value)
  return (issue.path || '(root)') + short
}

const sorted = [...tallies].sort(([, a], [, b]) => rank(b.severity) - rank(a.severity) || b.pages.size - a.pages.size)
const percent = (part: number): string => ((100 * part) / rows.length).toFixed(1) + '%'
console.log(`eval:validator: ${rows.length} pages, ${blockCount} blocks (${malformed} malformed JSON, not validated)`)
console.log(`pages with an error: ${pagesWithError.size} (${percent(pagesWithError.size)})`)
console.log('')
console.log('| rule | severity | pages | blocks | example |')
console.log('| --- | --- | --- | --- | --- |')
for (const [ruleId, tally] of sorted) {
  console.log(`| \`${ruleId}\` | ${tally.severity} | ${tally.pages.size} | ${tally.blocks} | \`${(tally.example ?? '').replaceAll('|', '\\|').replaceAll('`', "'")}\` |`)
}

function rank(severity: string): number {
  return severity === 'error' ? 2 : severity === 'warning' ? 1 : 0
}
