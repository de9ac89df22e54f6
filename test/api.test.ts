import {expect, test} from 'vitest'

test('exposes the public api', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'articleToJsonLd',
    'articlesToJsonLd',
    'extractJsonLd',
    'serializeJsonLd',
    'toMetaTags',
    'toScriptTag',
    'validate',
    'validatePage'
  ])
})

test('the README documents every message rule', async () => {
  const {rules} = await import('../src/messages.js')
  const readme = await import('node:fs/promises').then((fs) => fs.readFile(new URL('../README.md', import.meta.url), 'utf8'))
  for (const [ruleId, severity] of Object.entries(rules)) {
    expect(readme).toContain(`| <a id="${ruleId}"></a>\`${ruleId}\` | ${severity} |`)
  }
})

test('the README documents every validation rule', async () => {
  const {rules} = await import('../src/validate/rules.js')
  const readme = await import('node:fs/promises').then((fs) => fs.readFile(new URL('../README.md', import.meta.url), 'utf8'))
  for (const [ruleId, rule] of Object.entries(rules)) expect(readme).toContain(`| \`${ruleId}\` | ${rule.severity} | ${rule.group} |`)
})
