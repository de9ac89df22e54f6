#!/usr/bin/env node
import process from 'node:process'
import {main} from './cli/main.js'

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  isTty: process.stderr.isTTY === true
})
