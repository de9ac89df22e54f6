import {parseArgs} from 'node:util'
import {parseJson} from '../validate/page/extract-json-ld.js'
import {checkPage} from '../validate/page/validate-page.js'
import type {ValidationIssue} from '../validate/issue.js'
import {validate} from '../validate/validate.js'
import type {Io} from './io.js'
import {readInput} from './read-input.js'

export const validateUsage = `Usage: newsroom-jsonld validate [options] FILE...

Check the JSON-LD, microdata and RDFa Lite of pages (.html) and JSON-LD
documents (.json, .jsonld) against the schema.org vocabulary and Google's
Article guidance.

Options:
  --format <text|json>        output (default: text, one line per issue)
  --profile <google|schema.org>  checks to run (default: google)

Exit status: 0 when no file has errors, 1 otherwise, 2 on usage errors.
`

/** One JSON-LD document of a file, with where it starts. */
interface Document {
  readonly line: number
  readonly column: number
  readonly issues: readonly ValidationIssue[]
}

/** `newsroom-jsonld validate FILE...`. Resolves to the exit code. */
export async function validateCommand(args: readonly string[], io: Io): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {format: {type: 'string', default: 'text'}, profile: {type: 'string', default: 'google'}, help: {type: 'boolean', short: 'h'}}
    })
  } catch (error) {
    io.stderr.write('newsroom-jsonld validate: ' + (error as Error).message + '\n')
    return 2
  }
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout.write(validateUsage)
    return 0
  }
  const fail = (reason: string) => {
    io.stderr.write('newsroom-jsonld validate: ' + reason + '\nTry `newsroom-jsonld validate --help`.\n')
    return 2
  }
  if (values.format !== 'text' && values.format !== 'json') return fail('Expected `--format` to be text or json, not `' + values.format + '`')
  if (values.profile !== 'google' && values.profile !== 'schema.org') return fail('Expected `--profile` to be google or schema.org, not `' + values.profile + '`')
  if (positionals.length === 0) return fail('Expected a FILE (.html, .json or .jsonld)')

  let errors = 0
  const report: Array<{file: string; documents: Document[]; error?: string}> = []
  for (const path of positionals) {
    const decoded = await readInput(path, io.stdin, 'a readable .html, .json or .jsonld file')
    if (decoded instanceof Error) {
      errors++
      report.push({file: path === '-' ? '<stdin>' : path, documents: [], error: decoded.message})
      continue
    }
    const {text} = decoded
    // Standard input is a page when it starts like one.
    const isHtml = path === '-' ? text.trimStart().startsWith('<') : /\.html?$/i.test(path)
    const documents = isHtml ? fromHtml(text) : fromJson(text)
    for (const document of documents) errors += document.issues.filter((issue) => issue.severity === 'error').length
    report.push({file: path === '-' ? '<stdin>' : path, documents})
  }

  if (values.format === 'json') {
    io.stdout.write(JSON.stringify(report, undefined, 2) + '\n')
  } else {
    for (const {file, documents, error} of report) {
      if (error) io.stderr.write(`${file}:1:1: error: ${error}\n`)
      for (const document of documents) {
        for (const issue of document.issues) {
          io.stderr.write(`${file}:${document.line}:${document.column}: ${issue.severity}: ${issue.message} [${issue.ruleId}] at ${issue.path || '/'}\n`)
        }
      }
    }
    const count = report.reduce((sum, file) => sum + file.documents.reduce((total, document) => total + document.issues.length, 0), 0)
    io.stderr.write(`${report.length} file${report.length === 1 ? '' : 's'}, ${count} issue${count === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}\n`)
  }
  return errors > 0 ? 1 : 0

  function fromHtml(html: string): Document[] {
    const {issues, documents: found} = checkPage(html, {profile: values.profile as 'google' | 'schema.org'})
    if (found === 0) {
      const message = 'Unexpected page without structured data, expected a `<script type="application/ld+json">`, microdata or RDFa'
      return [{line: 1, column: 1, issues: [{severity: 'error', ruleId: 'no-json-ld', message, path: ''}]}]
    }
    // One document per place in the page: a JSON-LD block, or a microdata or RDFa element.
    const documents: Array<{line: number; column: number; issues: ValidationIssue[]}> = []
    for (const {line, column, ...issue} of issues) {
      const last = documents.at(-1)
      if (last && last.line === line && last.column === column) last.issues.push(issue)
      else documents.push({line, column, issues: [issue]})
    }
    return documents
  }

  function fromJson(json: string): Document[] {
    const parsed = parseJson(json)
    if ('error' in parsed) {
      const {line, column, message} = parsed.error
      return [{line, column, issues: [{severity: 'error', ruleId: 'invalid-json', message: 'Unexpected invalid JSON (' + message + ')', path: ''}]}]
    }
    return [{line: 1, column: 1, issues: check(parsed.value)}]
  }

  function check(value: unknown): ValidationIssue[] {
    return validate(value, {profile: values.profile as 'google' | 'schema.org'})
  }
}
