// The script piscina runs in each worker thread. CommonJS on purpose: piscina
// loads a worker with require() first, and on Node >= 20.19 require() of an
// ES module (require(esm)) can abort the whole process under load (V8's fatal
// `IsGraphAsync must be used on an instantiated module`, seen in this
// project's test runs). Here require() loads only this file, and the pipeline
// (`worker.js`, an ES module) is loaded once, by import(), as the worker starts.
'use strict'

const loading = import('./worker.js')
// A module that fails to load fails every task with its error, not as an unhandled rejection.
loading.catch(() => {})

/** Convert a task's articles (see `worker.ts`): the group's records as one JSON text. */
module.exports = async function convert(task) {
  const {default: convertTask} = await loading
  return convertTask(task)
}
