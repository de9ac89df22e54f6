/**
 * The per-file mutation scores of a Stryker JSON report, counting real
 * survivors only: mutants of module-level code (constants, tables, the
 * patterns of a file) are evaluated once per test worker, so the vitest
 * runner never sees them active, and their "survivors" say nothing about the
 * tests. They are counted apart, as `static`.
 *
 * Survivors that no test can kill (the mutant behaves as the code does) are
 * named, each with the reason, in `scripts/mutation-equivalents.json`, by
 * the source line, the code mutated and its replacement; they are counted
 * apart, as `equivalent`. An entry stops matching when its line changes, so
 * the mutant is judged again.
 *
 * Run: npx tsx scripts/mutation-scores.ts [reports/mutation/mutation.json ...] [--survivors]
 * (several reports merge; a later report wins for a file in both).
 */
import {readFileSync} from 'node:fs'
import ts from 'typescript'

interface Mutant {
  readonly mutatorName: string
  readonly replacement?: string
  readonly status: string
  readonly location: {readonly start: Position; readonly end: Position}
}

interface Position {
  readonly line: number
  readonly column: number
}

interface Equivalent {
  /** The source line, trimmed. */
  readonly line: string
  /** The code the mutant replaces. */
  readonly original: string
  readonly replacement: string
  readonly why: string
}

interface FileReport {
  readonly source: string
  readonly mutants: readonly Mutant[]
}

const args = process.argv.slice(2)
const showSurvivors = args.includes('--survivors')
const paths = args.filter((arg) => !arg.startsWith('--'))
const equivalents = JSON.parse(readFileSync(new URL('mutation-equivalents.json', import.meta.url), 'utf8')) as Record<string, Equivalent[]>
const files = new Map<string, FileReport>()
for (const path of paths.length > 0 ? paths : ['reports/mutation/mutation.json']) {
  const report = JSON.parse(readFileSync(path, 'utf8')) as {files: Record<string, FileReport>}
  for (const [file, data] of Object.entries(report.files)) files.set(file, data)
}

/** Offsets of every function body of a file: a mutant outside all of them runs once, at import. */
function functionRanges(source: string): Array<[number, number]> {
  const file = ts.createSourceFile('file.ts', source, ts.ScriptTarget.Latest, true)
  const ranges: Array<[number, number]> = []
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) ranges.push([node.body.getStart(file), node.body.getEnd()])
    ts.forEachChild(node, visit)
  }
  visit(file)
  return ranges
}

function offsetOf(source: string, line: number, column: number): number {
  let offset = 0
  for (let current = 1; current < line; current++) offset = source.indexOf('\n', offset) + 1
  return offset + column - 1
}

console.log('| file | score | killed | timeout | survived | no coverage | equivalent (left out) | static (left out) |')
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
const matched = new Set<Equivalent>()
let total = {killed: 0, timeout: 0, survived: 0, noCoverage: 0}
for (const [file, {source, mutants}] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
  const ranges = functionRanges(source)
  const isStatic = (mutant: Mutant) => {
    const offset = offsetOf(source, mutant.location.start.line, mutant.location.start.column)
    return !ranges.some(([start, end]) => offset >= start && offset < end)
  }
  const lines = source.split('\n')
  const isEquivalent = (mutant: Mutant) => {
    if (mutant.status !== 'Survived') return false
    const {start, end} = mutant.location
    const original = source.slice(offsetOf(source, start.line, start.column), offsetOf(source, end.line, end.column))
    const line = lines[start.line - 1]!.trim()
    const match = (equivalents[file] ?? []).find((item) => item.line === line && item.original === original && item.replacement === mutant.replacement)
    if (match) matched.add(match)
    return match !== undefined
  }
  const judged = mutants.filter((mutant) => !isStatic(mutant) && mutant.status !== 'Ignored' && mutant.status !== 'CompileError')
  const counted = judged.filter((mutant) => !isEquivalent(mutant))
  const count = (status: string) => counted.filter((mutant) => mutant.status === status).length
  const tally = {killed: count('Killed'), timeout: count('Timeout'), survived: count('Survived'), noCoverage: count('NoCoverage')}
  total = {killed: total.killed + tally.killed, timeout: total.timeout + tally.timeout, survived: total.survived + tally.survived, noCoverage: total.noCoverage + tally.noCoverage}
  const detected = tally.killed + tally.timeout
  const score = counted.length === 0 ? 'n/a' : ((100 * detected) / (detected + tally.survived + tally.noCoverage)).toFixed(1) + '%'
  console.log(`| \`${file}\` | ${score} | ${tally.killed} | ${tally.timeout} | ${tally.survived} | ${tally.noCoverage} | ${judged.length - counted.length} | ${mutants.length - judged.length} |`)
  if (showSurvivors) {
    for (const mutant of counted.filter((item) => item.status === 'Survived' || item.status === 'NoCoverage')) {
      console.error(`${file}:${mutant.location.start.line}:${mutant.location.start.column} ${mutant.status} ${mutant.mutatorName} ${JSON.stringify(mutant.replacement ?? '').slice(0, 90)}`)
    }
  }
}
const detected = total.killed + total.timeout
console.log(`| all | ${((100 * detected) / (detected + total.survived + total.noCoverage)).toFixed(1)}% | ${total.killed} | ${total.timeout} | ${total.survived} | ${total.noCoverage} | | |`)
// An entry that names no survivor of a measured file is stale: its line changed, or a test now kills it.
for (const file of files.keys()) {
  for (const item of equivalents[file] ?? []) if (!matched.has(item)) console.error(`stale equivalent in ${file}: ${item.line} (${item.original} -> ${item.replacement})`)
}
