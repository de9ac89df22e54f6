// The CLI's view of the process: where it reads and writes, so tests can run it in-process.

/** Where the CLI reads and writes; the real process, or a test's buffers. */
export interface Io {
  readonly stdin: AsyncIterable<string | Uint8Array>
  readonly stdout: {write(chunk: string): unknown}
  readonly stderr: {write(chunk: string): unknown}
  /** Whether stderr is a terminal: then batches show progress. */
  readonly isTty?: boolean
}
