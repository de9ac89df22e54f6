// What counts as a language tag, for the `language` field and option.

/** Whether `value` is a BCP 47 language tag: `en`, `en-US`, `pt-BR`, `zh-Hant-TW`. */
export function isLanguageTag(value: string): boolean {
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8}){0,3}$/i.test(value)
}
