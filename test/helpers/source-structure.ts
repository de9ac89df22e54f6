// Reads the structure of src/ from its syntax: which files import which (type
// imports included) and how long each function is. The style rules (no import
// cycles, no function over 100 lines) are checked against this.
import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join, relative} from 'node:path'
import ts from 'typescript'

/** A function in src with its length in lines (signature to closing brace). */
export interface FunctionLength {
  file: string
  name: string
  line: number
  lines: number
}

/**
 * The source files of a folder, tests left out, as parsed syntax trees;
 * `texts` (file name → text) stands in for the folder (to test the scanners).
 */
export function sourceFiles(root: string, texts?: Readonly<Record<string, string>>): ts.SourceFile[] {
  const parse = (path: string, text: string) => ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
  if (texts) return Object.entries(texts).map(([name, text]) => parse(join(root, name), text))
  const files: ts.SourceFile[] = []
  for (const entry of readdirSync(root, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue
    const path = join(entry.parentPath, entry.name)
    files.push(parse(path, readFileSync(path, 'utf8')))
  }
  return files
}

function functionName(node: ts.Node, file: ts.SourceFile): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isFunctionExpression(node)) && node.name) return node.name.getText(file)
  if (ts.isConstructorDeclaration(node)) return 'constructor'
  const parent = node.parent
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))) return parent.name.getText(file)
  return '(anonymous)'
}

/** Every function-like node's length, in source order. */
export function functionLengths(root: string, files = sourceFiles(root)): FunctionLength[] {
  const found: FunctionLength[] = []
  for (const file of files) {
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const start = file.getLineAndCharacterOfPosition(node.getStart(file)).line
        const end = file.getLineAndCharacterOfPosition(node.getEnd()).line
        found.push({file: relative(root, file.fileName), name: functionName(node, file), line: start + 1, lines: end - start + 1})
      }
      ts.forEachChild(node, visit)
    }
    visit(file)
  }
  return found
}

/** The files a file imports or re-exports from (relative specifiers, `.js` read as `.ts`; type imports included). */
export function importsOf(file: ts.SourceFile): string[] {
  const targets: string[] = []
  for (const statement of file.statements) {
    const specifier = ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement) ? statement.moduleSpecifier : undefined
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue
    targets.push(join(dirname(file.fileName), specifier.text.replace(/\.js$/, '.ts')))
  }
  return targets
}

/** The import cycles among the files: each strongly connected group of two or more files (or a file importing itself). */
export function importCycles(root: string, files = sourceFiles(root)): string[][] {
  const edges = new Map(files.map((file) => [file.fileName, importsOf(file)]))
  // Tarjan's algorithm, iterative over an explicit stack of (file, next edge).
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const onStack = new Set<string>()
  const stack: string[] = []
  const cycles: string[][] = []
  for (const start of edges.keys()) {
    if (index.has(start)) continue
    const work: Array<[string, number]> = [[start, 0]]
    index.set(start, index.size); low.set(start, index.get(start)!); stack.push(start); onStack.add(start)
    while (work.length > 0) {
      const frame = work[work.length - 1]!
      const [node, next] = frame
      const targets = edges.get(node) ?? []
      if (next < targets.length) {
        frame[1]++
        const target = targets[next]!
        if (!edges.has(target)) continue
        if (!index.has(target)) {
          index.set(target, index.size); low.set(target, index.get(target)!); stack.push(target); onStack.add(target)
          work.push([target, 0])
        } else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!))
        continue
      }
      work.pop()
      const parent = work[work.length - 1]
      if (parent) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(node)!))
      if (low.get(node) !== index.get(node)) continue
      const group: string[] = []
      let member: string
      do { member = stack.pop()!; onStack.delete(member); group.push(relative(root, member)) } while (member !== node)
      if (group.length > 1 || targets.includes(node)) cycles.push(group.sort())
    }
  }
  return cycles
}
