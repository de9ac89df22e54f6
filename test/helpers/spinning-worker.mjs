// A stand-in for the batch worker: follows its protocol, and never finishes an article whose text is `spin`.
export default function convert(task) {
  return task.sources.map((source, index) => {
    if (task.progress) Atomics.store(task.progress, 0, index + 1)
    // eslint-disable-next-line no-empty
    if (source.value === 'spin') for (;;) {}
    return {id: source.id, jsonld: {'@graph': []}, messages: []}
  })
}
