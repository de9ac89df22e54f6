import {mkdir, mkdtemp, readFile, readdir, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {expect, test} from 'vitest'
import {runCli} from './helpers/run-cli.js'

const oneWorker = ['--concurrency', '1', '--timeout', '0']

test('inputs that would write one output: the first writes it, each other fails naming both', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'newsroom-jsonld-collide-'))
  const news = join(directory, 'news')
  await mkdir(news)
  await writeFile(join(news, 'story.md'), '# From Markdown\n\nText.')
  await writeFile(join(news, 'story.txt'), 'From text\n\nText.')
  await writeFile(join(news, 'story.html'), '<h1>From HTML</h1><p>Text.</p>')
  const out = join(directory, 'out')
  const {code, stderr} = await runCli([news, '--out-dir', out, ...oneWorker])
  expect(code).toBe(1)
  expect(await readdir(out)).toEqual(['story.jsonld'])
  expect(JSON.parse(await readFile(join(out, 'story.jsonld'), 'utf8'))['@graph'][0].headline).toBe('From HTML')
  for (const name of ['story.md', 'story.txt']) {
    expect(stderr).toContain(join(news, name) + ':1:1: error: Unexpected input with the same output as `' + join(news, 'story.html') + '` (`' + join(out, 'story.jsonld') + '`), expected one input per output name')
  }
  expect(stderr).toMatch(/1 ok, 2 failed/)
})

test('duplicate NDJSON ids: the first record writes, the second fails naming the first', async () => {
  const out = join(await mkdtemp(join(tmpdir(), 'newsroom-jsonld-dup-')), 'out')
  const lines = [JSON.stringify({id: 'a', markdown: '# First\n\nText.'}), JSON.stringify({id: 'a', markdown: '# Second\n\nText.'})].join('\n') + '\n'
  const {code, stderr} = await runCli(['-', '--input', 'ndjson', '--out-dir', out, ...oneWorker], [lines])
  expect(code).toBe(1)
  expect(JSON.parse(await readFile(join(out, 'a.jsonld'), 'utf8'))['@graph'][0].headline).toBe('First')
  expect(stderr).toContain('a:2:1: error: Unexpected input with the same output as `a` (`' + join(out, 'a.jsonld') + '`), expected one input per output name')
})

test('same-named files in different folders get URLs and @ids from their path below the common folder', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'newsroom-jsonld-urls-'))
  await mkdir(join(directory, 'news', 'sports'), {recursive: true})
  await mkdir(join(directory, 'news', 'weather'), {recursive: true})
  await writeFile(join(directory, 'news', 'sports', 'story.md'), '# Sports\n\nText.')
  await writeFile(join(directory, 'news', 'weather', 'story.md'), '# Weather\n\nText.')
  await writeFile(join(directory, 'newsroom.json'), JSON.stringify({baseUrl: 'https://news.example/'}))
  const {stdout} = await runCli([join(directory, 'news'), '--format', 'ndjson', '--config', join(directory, 'newsroom.json'), ...oneWorker])
  const urls = stdout.trim().split('\n').map((line) => JSON.parse(line).jsonld['@graph'][0]['@id'])
  expect(urls).toEqual(['https://news.example/sports/story#article', 'https://news.example/weather/story#article'])
})
