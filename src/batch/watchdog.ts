// A per-article time limit for worker threads: notices an article that runs too long, so its worker can be stopped.

/** One task under watch: the worker writes, in `progress[0]`, 1 + the index of the article it is converting. */
export interface Watch {
  readonly progress: Int32Array
  /** Aborted when an article of the task runs past the limit. */
  readonly controller: AbortController
  /** The index, in the task, of the article that ran past the limit. */
  stuck: number | undefined
  last: number
  since: number
}

/** Hands out watches for tasks, and checks them a few times per limit. */
export interface Watchdog {
  watch(): Watch
  release(watch: Watch): void
}

/**
 * A watchdog with a limit of `timeout` milliseconds per article. One timer
 * checks every running task; it is not held open when nothing is watched.
 * The clock of an article starts when its worker reaches it, not while its
 * task waits in the queue.
 */
export function createWatchdog(timeout: number): Watchdog {
  const watches = new Set<Watch>()
  let timer: ReturnType<typeof setInterval> | undefined
  // Checks often enough to stop an article soon after its limit, rarely enough to cost nothing.
  const period = Math.max(10, Math.min(250, timeout / 4))

  return {
    watch() {
      const watch: Watch = {progress: new Int32Array(new SharedArrayBuffer(4)), controller: new AbortController(), stuck: undefined, last: 0, since: performance.now()}
      watches.add(watch)
      timer ??= setInterval(check, period).unref()
      return watch
    },
    release(watch) {
      watches.delete(watch)
      if (watches.size === 0 && timer !== undefined) {
        clearInterval(timer)
        timer = undefined
      }
    }
  }

  function check(): void {
    const now = performance.now()
    for (const watch of watches) {
      const current = Atomics.load(watch.progress, 0)
      if (current !== watch.last) {
        watch.last = current
        watch.since = now
      } else if (current > 0 && now - watch.since > timeout) {
        watch.stuck = current - 1
        watches.delete(watch)
        watch.controller.abort()
      }
    }
  }
}
