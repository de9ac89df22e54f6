// Run the CLI in this process with buffers for stdin, stdout and stderr: fast, and no build needed.
import {main} from '../../src/cli/main.js'

/** What a run printed, and its exit code. */
export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Run `newsroom-jsonld ...args` with `stdin` chunks; stderr is a terminal when `isTty`. */
export async function runCli(args: readonly string[], stdin: ReadonlyArray<string | Uint8Array> = [], isTty = false): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await main(args, {
    isTty,
    stdin: (async function* () {
      yield* stdin
    })(),
    stdout: {write: (chunk: string) => (stdout += chunk)},
    stderr: {write: (chunk: string) => (stderr += chunk)}
  })
  return {code, stdout, stderr}
}
