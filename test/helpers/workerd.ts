// Runs a Worker in workerd, Cloudflare's own runtime, bundled as Wrangler bundles one: dependencies resolved under
// Wrangler's conditions, and each `.bin` file imported kept as a data module of its own (an ArrayBuffer).
import {execFile} from 'node:child_process'
import {copyFile, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {basename, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {build} from 'esbuild'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** The export conditions Wrangler resolves packages with, in its order. */
export const wranglerConditions = ['workerd', 'worker', 'browser']

/**
 * Bundle `worker` (module source, whose imports resolve from the repository's root) and run its `test` handler in
 * workerd. `json` gives JSON modules it may import (`import cases from './cases.json'`).
 *
 * @returns what the Worker printed with `console.log`
 * @throws when the bundle fails or the handler throws
 */
export async function runInWorkerd(worker: string, json: Readonly<Record<string, unknown>> = {}): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'newsroom-jsonld-workerd-'))
  try {
    const dataFiles = new Map<string, string>()
    await build({
      stdin: {contents: worker, resolveDir: root, sourcefile: 'entry.js'},
      outfile: join(folder, 'worker.js'),
      bundle: true,
      platform: 'browser',
      conditions: wranglerConditions,
      format: 'esm',
      external: Object.keys(json).map((name) => './' + name),
      plugins: [
        {
          name: 'data-modules',
          setup(build) {
            build.onResolve({filter: /\.bin$/}, (args) => {
              dataFiles.set(basename(args.path), join(args.resolveDir, args.path))
              return {path: './' + basename(args.path), external: true}
            })
          }
        }
      ],
      logLevel: 'silent'
    })
    const modules = ['(name = "worker.js", esModule = embed "worker.js")']
    for (const [name, value] of Object.entries(json)) {
      await writeFile(join(folder, name), JSON.stringify(value))
      modules.push(`(name = "${name}", json = embed "${name}")`)
    }
    for (const [name, path] of dataFiles) {
      await copyFile(path, join(folder, name))
      modules.push(`(name = "${name}", data = embed "${name}")`)
    }
    await writeFile(
      join(folder, 'config.capnp'),
      'using Workerd = import "/workerd/workerd.capnp";\n' +
        'const config :Workerd.Config = (services = [(name = "main", worker = .worker)]);\n' +
        `const worker :Workerd.Worker = (modules = [${modules.join(', ')}], compatibilityDate = "2026-11-01");\n`
    )
    const workerd = join(root, 'node_modules', '.bin', 'workerd')
    const {stdout} = await promisify(execFile)(workerd, ['test', 'config.capnp'], {cwd: folder, maxBuffer: 256 * 1024 * 1024})
    return stdout
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
}
