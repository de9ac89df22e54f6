import {readdir, readFile} from 'node:fs/promises'
import {describe, expect, test} from 'vitest'
import {rules, type RuleId} from '../../src/validate/rules.js'
import {validate} from '../../src/validate/validate.js'
import {validatePage} from '../../src/validate/page/validate-page.js'

/**
 * A catalogue of broken documents: each `<name>.json` (a JSON-LD document) or
 * `<name>.html` (a page, checked with `validatePage`) yields the rule listed
 * for it in `expected.json`.
 */
const folder = new URL('broken/', import.meta.url)

interface Expectation {
  readonly ruleId: RuleId
  readonly severity: 'error' | 'warning' | 'info'
}

const expected = JSON.parse(await readFile(new URL('expected.json', folder), 'utf8')) as Record<string, Expectation>
const files = (await readdir(folder)).filter((file) => /\.(json|html)$/.test(file) && file !== 'expected.json')

async function check(name: string) {
  if (files.includes(name + '.html')) return validatePage(await readFile(new URL(name + '.html', folder), 'utf8'))
  return validate(JSON.parse(await readFile(new URL(name + '.json', folder), 'utf8')))
}

describe('broken documents', () => {
  test('there are at least 40, each listed in expected.json', () => {
    expect(files.length).toBeGreaterThanOrEqual(40)
    expect(files.map((file) => file.replace(/\.(json|html)$/, '')).sort()).toEqual(Object.keys(expected).sort())
  })

  test('every rule has at least one broken document', () => {
    const covered = new Set(Object.values(expected).map((expectation) => expectation.ruleId))
    expect(Object.keys(rules).filter((ruleId) => !covered.has(ruleId as RuleId))).toEqual([])
  })

  for (const [name, {ruleId, severity}] of Object.entries(expected)) {
    test(`${name} yields ${ruleId} (${severity})`, async () => {
      const issues = await check(name)
      expect(issues.map((issue) => issue.ruleId)).toContain(ruleId)
      for (const issue of issues.filter((issue) => issue.ruleId === ruleId)) {
        expect(issue.severity).toBe(severity)
        expect(issue.severity).toBe(rules[ruleId].severity)
        expect(issue.message).toMatch(/^Unexpected .+, expected .+/s)
      }
    })
  }
})
