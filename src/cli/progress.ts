// A batch's progress line on a terminal: done of total, failures, rate and ETA, with messages printed above it.
import type {Io} from './io.js'

/** The progress line of a batch. */
export interface Progress {
  /** Print `text` (one line, with its newline) on stderr, clearing the progress line first so they never mix. */
  print(text: string): void
  /** Count an article done, redrawing at most ten times a second (a million redraws would slow the run). */
  update(done: number, failed: number): void
  /** Draw the last state and end the line, so what follows starts on its own line. */
  finish(): void
}

/**
 * The progress line, drawn on stderr when it is a terminal and `show` is set.
 * `total` is asked at each redraw: files are listed before the run (less
 * those `--resume` skips), NDJSON on stdin has none.
 */
export function createProgress(io: Io, show: boolean, total: () => number | undefined): Progress {
  const drawing = show && io.isTty === true
  let drawn = Number.NEGATIVE_INFINITY
  let visible = false
  let firstDone: number | undefined
  let done = 0
  let failed = 0

  return {
    print(text) {
      if (visible) io.stderr.write('\r\u001B[K')
      io.stderr.write(text)
      if (visible) draw()
    },
    update(nowDone, nowFailed) {
      done = nowDone
      failed = nowFailed
      if (!drawing) return
      const now = performance.now()
      // Rates count from the first article done, so the pool's start-up does not skew the ETA.
      firstDone ??= now
      if (now - drawn >= 100) draw()
    },
    finish() {
      if (!drawing || done === 0) return
      draw()
      io.stderr.write('\n')
      visible = false
    }
  }

  function draw(): void {
    const now = performance.now()
    drawn = now
    visible = true
    const all = total()
    const rate = done > 1 && firstDone !== undefined ? (done - 1) / Math.max((now - firstDone) / 1000, 0.001) : undefined
    const bar = all === undefined ? '' : '[' + '#'.repeat(Math.floor((20 * done) / Math.max(all, 1))).padEnd(20, '.') + '] '
    const count = all === undefined ? String(done) : done + '/' + all
    const speed = rate === undefined ? '' : `, ${rate.toFixed(0)} articles/s` + (all === undefined ? '' : ', ETA ' + duration((all - done) / rate))
    io.stderr.write(`\r${bar}${count} done, ${failed} failed${speed}\u001B[K`)
  }
}

/** `1:05`, `2:03:09`. */
function duration(seconds: number): string {
  const whole = Math.round(seconds)
  const minutes = Math.floor(whole / 60)
  const clock = String(minutes % 60) + ':' + String(whole % 60).padStart(2, '0')
  return minutes >= 60 ? Math.floor(minutes / 60) + ':' + clock.padStart(5, '0') : clock
}
