// Kill -9 and resume a batch of 1,200 files with the built CLI, and check that nothing is lost, doubled or half-written.
// Run: npm run build && npx tsx scripts/kill-resume.ts (a one-off check, not part of the test suite; it takes a minute).
import {spawn, spawnSync} from 'node:child_process'
import {mkdir, mkdtemp, readFile, readdir, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const cli = new URL('../dist/cli.js', import.meta.url).pathname
const count = 1200
const directory = await mkdtemp(join(tmpdir(), 'newsroom-jsonld-kill-'))
const news = join(directory, 'news')
const out = join(directory, 'out')
for (let folder = 0; folder < 12; folder++) await mkdir(join(news, 'f' + folder), {recursive: true})
const body = Array.from({length: 30}, (_, index) => `"We count every ballot," Clerk Ana Ruiz said in paragraph ${index}.`).join('\n\n')
for (let index = 0; index < count; index++) {
  await writeFile(join(news, 'f' + (index % 12), `story-${index}.txt`), `Story ${index}\n\nDENVER (AP) — ${body}\n`)
}

async function outputs(): Promise<string[]> {
  return (await readdir(out, {recursive: true}).catch(() => [])).filter((name) => /\.jsonld/.test(name))
}

// 1. Start, and kill -9 once a few hundred outputs exist.
const child = spawn(process.execPath, [cli, news, '--out-dir', out, '--concurrency', '2', '--quiet'], {stdio: 'ignore'})
const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
while ((await outputs()).length < 300) await new Promise((resolve) => setTimeout(resolve, 20))
child.kill('SIGKILL')
console.log('killed by', await exited)
const afterKill = await outputs()
const temporary = afterKill.filter((name) => name.endsWith('.tmp'))
console.log(`after kill -9: ${afterKill.length - temporary.length} outputs, ${temporary.length} temporary files`)

// 2. Resume: leftovers removed, done files skipped, the rest written.
const resumed = spawnSync(process.execPath, [cli, news, '--out-dir', out, '--concurrency', '2', '--resume', '--quiet'], {encoding: 'utf8'})
console.log('resume exit', resumed.status, '|', resumed.stderr.trim().replaceAll('\n', ' | '))

// 3. Check: one complete output per input, no temporary file.
const final = await outputs()
const bad: string[] = []
for (const name of final) {
  if (name.endsWith('.tmp')) bad.push(name)
  else if (JSON.parse(await readFile(join(out, name), 'utf8'))['@graph'][0]['@type'] !== 'NewsArticle') bad.push(name)
}
console.log(`final: ${final.length} outputs for ${count} inputs, ${bad.length} bad or temporary`)
if (final.length !== count || bad.length > 0 || resumed.status !== 0) process.exitCode = 1
