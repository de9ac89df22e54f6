/**
 * Documents that speak for whoever wrote them: `according to the
 * department's report`, `a Police Department incident report`. Some are
 * also speech verbs (`report`, `post`), so a phrase must not end before them.
 */
const documentNouns = new Set([
  'advisory', 'affidavit', 'alert', 'analysis', 'announcement', 'assessment', 'audit', 'bulletin', 'complaint',
  'estimate', 'filing', 'forecast', 'guidance', 'indictment', 'letter', 'memo', 'minutes', 'notice', 'post',
  'proposal', 'recommendation', 'release', 'report', 'review', 'ruling', 'study', 'summary', 'testimony',
  'transcript', 'update', 'website'
])

/** Whether a lower-case word names a document (`report`, `summary`, `filing`). */
export function isDocumentNoun(lower: string): boolean {
  return documentNouns.has(lower)
}
