import {readdirSync, readFileSync} from 'node:fs'
import {checkSync} from 'recheck'
import ts from 'typescript'
import {expect, test} from 'vitest'

// Every regular expression runs on untrusted text: each one in src must be
// linear-time. recheck proves it (or finds an attack string) per literal.
const source = new URL('../src/', import.meta.url)

function literals(): Array<{file: string; line: number; pattern: string; flags: string}> {
  const found: Array<{file: string; line: number; pattern: string; flags: string}> = []
  for (const entry of readdirSync(source, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue
    const path = entry.parentPath + '/' + entry.name
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(file)
        const end = text.lastIndexOf('/')
        found.push({file: path.slice(path.indexOf('/src/') + 1), line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, pattern: text.slice(1, end), flags: text.slice(end + 1)})
      }
      ts.forEachChild(node, visit)
    }
    visit(file)
  }
  return found
}

// recheck's limits in time would turn a slow machine into an `unknown`
// verdict; with none, the verdict depends only on the pattern.
const noDeadlines = {timeout: null, attackTimeout: null, incubationTimeout: null, recallTimeout: null, seedingTimeout: null}

test('every regular expression in src is linear-time', () => {
  const all = literals()
  expect(all.length).toBeGreaterThan(20)
  const unsafe = all
    .map((literal) => ({...literal, status: checkSync(literal.pattern, literal.flags, noDeadlines).status}))
    .filter((literal) => literal.status !== 'safe')
    .map((literal) => `${literal.file}:${literal.line} /${literal.pattern}/${literal.flags} is ${literal.status}`)
  expect(unsafe).toEqual([])
})
