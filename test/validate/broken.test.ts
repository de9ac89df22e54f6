import {readdir, readFile} from 'node:fs/promises'
import {describe, expect, test} from 'vitest'
import {rules, type RuleId} from '../../src/validate/rules.js'
import {validate} from '../../src/validate/validate.js'

/** A catalogue of broken documents: each `<name>.json` yields the rule listed for it in `expected.json`. */
const folder = new URL('broken/', import.meta.url)

interface Expectation {
  readonly ruleId: RuleId
  readonly severity: 'error' | 'warning' | 'info'
}

const expected = JSON.parse(await readFile(new URL('expected.json', folder), 'utf8')) as Record<string, Expectation>
const files = (await readdir(folder)).filter((file) => file.endsWith('.json') && file !== 'expected.json')

async function read(name: string): Promise<unknown> {
  return JSON.parse(await readFile(new URL(name + '.json', folder), 'utf8'))
}

describe('broken documents', () => {
  test('there are at least 40, each listed in expected.json', () => {
    expect(files.length).toBeGreaterThanOrEqual(40)
    expect(files.map((file) => file.slice(0, -'.json'.length)).sort()).toEqual(Object.keys(expected).sort())
  })

  test('every rule has at least one broken document', () => {
    const covered = new Set(Object.values(expected).map((expectation) => expectation.ruleId))
    expect(Object.keys(rules).filter((ruleId) => !covered.has(ruleId as RuleId))).toEqual([])
  })

  for (const [name, {ruleId, severity}] of Object.entries(expected)) {
    test(`${name} yields ${ruleId} (${severity})`, async () => {
      const issues = validate(await read(name))
      expect(issues.map((issue) => issue.ruleId)).toContain(ruleId)
      for (const issue of issues.filter((issue) => issue.ruleId === ruleId)) {
        expect(issue.severity).toBe(severity)
        expect(issue.severity).toBe(rules[ruleId].severity)
        expect(issue.message).toMatch(/^Unexpected .+, expected .+/s)
      }
    })
  }
})
