#!/usr/bin/env node
import module from 'node:module'
import process from 'node:process'

// Node >= 22.1 can keep compiled code between runs (a faster cold start);
// Node 20 has no such cache. Enabled before the CLI's modules load.
;(module as {enableCompileCache?: () => unknown}).enableCompileCache?.()
const {main} = await import('./cli/main.js')

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  isTty: process.stderr.isTTY === true
})
