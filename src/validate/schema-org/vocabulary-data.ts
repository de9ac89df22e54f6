/**
 * Shape of vocabulary.data.json, shared by the build script that writes it
 * (scripts/build-vocabulary.ts) and the runtime that reads it.
 *
 * Every term is named as schema.org spells it without its namespace
 * (`NewsArticle`, `datePublished`). Optional fields are left out when they
 * do not apply, which keeps the file small.
 */

/** Where the data came from and under which licence; shipped with the data. */
export interface VocabularyDataHeader {
  /** The schema.org release file the data was read from. */
  readonly source: string
  readonly licence: string
  readonly attribution: string
  /** What was kept, in words. */
  readonly selection: string
}

/** A class (type) other than a data type. */
export interface ClassEntry {
  /** Direct superclasses (empty for `Thing`). */
  readonly subClassOf: readonly string[]
  /** Part of pending.schema.org: proposed, may still change (`Quotation`). */
  readonly pending?: true
  /** The class to use instead, for a class schema.org has retired. */
  readonly supersededBy?: string
}

/** A property. */
export interface PropertyEntry {
  /** Classes the property is expected on (`schema:domainIncludes`); empty means any. */
  readonly domain: readonly string[]
  /** Types its values are expected to have (`schema:rangeIncludes`): classes or data types. */
  readonly range: readonly string[]
  /** Part of pending.schema.org. */
  readonly pending?: true
  /** The property to use instead, for a property schema.org has retired. */
  readonly supersededBy?: string
}

/** The whole vocabulary.data.json file. */
export interface VocabularyData {
  readonly header: VocabularyDataHeader
  /** Data types and their direct parents: `URL` → `['Text']`, `Text` → `[]`. */
  readonly dataTypes: Readonly<Record<string, readonly string[]>>
  readonly classes: Readonly<Record<string, ClassEntry>>
  readonly properties: Readonly<Record<string, PropertyEntry>>
  /** Enumerations and the names of their members: `DayOfWeek` → `['Friday', …]`, `Boolean` → `['False', 'True']`. */
  readonly enumerations: Readonly<Record<string, readonly string[]>>
}
