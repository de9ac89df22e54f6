import {expect, test} from 'vitest'

test('exposes the public api', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'articleToJsonLd',
    'articlesToJsonLd',
    'extractJsonLd',
    'serializeJsonLd',
    'siteToJsonLd',
    'toMetaTags',
    'toScriptTag',
    'validate',
    'validatePage'
  ])
})

test('the README lists exactly the rules of the rule table, with their severity and group', async () => {
  const {ruleTable} = await import('../src/rules.js')
  const readme = await import('node:fs/promises').then((fs) => fs.readFile(new URL('../README.md', import.meta.url), 'utf8'))
  const listed: Array<[string, string]> = []
  for (const line of readme.split('\n')) {
    // `## Messages`: | <a id="x"></a>`x` | severity | …; `## Validation`: | `x` | severity | group | …
    const message = /^\| <a id="([a-z-]+)"><\/a>`([a-z-]+)` \| (error|warning|info|off) \|/.exec(line)
    if (message) {
      expect(message[2]).toBe(message[1])
      listed.push([message[1]!, message[3]! + ' article or editorial'])
    }
    const issue = /^\| `([a-z-]+)` \| (error|warning|info) \| (json-ld|schema\.org|google) \|/.exec(line)
    if (issue) listed.push([issue[1]!, issue[2]! + ' ' + issue[3]!])
  }
  const expected = Object.entries(ruleTable).map(([ruleId, rule]): [string, string] => [
    ruleId,
    rule.severity + ' ' + (rule.group === 'article' || rule.group === 'editorial' ? 'article or editorial' : rule.group)
  ])
  expect(listed.sort()).toEqual(expected.sort())
})
