/**
 * Action annotations (schema.org/docs/actions.html): `<property>-input`
 * and `<property>-output` on an Action say what a property of the action
 * takes from or gives the user, as in Google's sitelinks search box
 * (`"query-input": "required name=search_term_string"`). They are no
 * properties of their own, so the vocabulary checks leave them alone.
 */
const annotation = /^(.+)-(?:input|output)$/

/** Whether `key` is an Action annotation of a schema.org property (`query-input`, `target-output`). */
export function isActionAnnotation(key: string, isProperty: (name: string) => boolean): boolean {
  const match = annotation.exec(key)
  return match !== null && isProperty(match[1]!)
}
