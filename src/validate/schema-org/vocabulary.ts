/**
 * The schema.org vocabulary: classes, data types, properties and
 * enumeration members, with subtype tests.
 *
 * The data (vocabulary-file.ts) is read and indexed on first use.
 */
import type {ClassEntry, PropertyEntry, VocabularyData} from './vocabulary-data.js'
import {vocabularyData} from './vocabulary-file.js'

/** Queries over the schema.org vocabulary. */
export interface Vocabulary {
  /** Whether `name` is a class (`Person`) or a data type (`Text`). */
  isType(name: string): boolean
  /** Whether `name` is a data type (`Text`, `URL`, `Date`…). */
  isDataType(name: string): boolean
  /** The class, or undefined for data types and unknown names. */
  classEntry(name: string): ClassEntry | undefined
  /** The property, or undefined for unknown names. */
  property(name: string): PropertyEntry | undefined
  /** Whether `type` is `ancestor` or one of its subtypes, through every superclass. */
  isSubtypeOf(type: string, ancestor: string): boolean
  /** Whether `name` is a member of the enumeration `type` or of one of its subtypes. */
  isMemberOf(name: string, type: string): boolean
  /** Names of every class and data type. */
  readonly typeNames: readonly string[]
  /** Names of every property. */
  readonly propertyNames: readonly string[]
}

let loaded: Vocabulary | undefined

/** The vocabulary, read and indexed on first call. */
export function vocabulary(): Vocabulary {
  loaded ??= index(vocabularyData())
  return loaded
}

function index(data: VocabularyData): Vocabulary {
  const classes = new Map(Object.entries(data.classes))
  const dataTypes = new Map(Object.entries(data.dataTypes))
  const properties = new Map(Object.entries(data.properties))
  const ancestorsByType = new Map<string, ReadonlySet<string>>()
  // Enumeration type of each member, found by member name.
  const enumerationsByMember = new Map<string, string[]>()
  for (const [type, members] of Object.entries(data.enumerations)) {
    for (const member of members) {
      const types = enumerationsByMember.get(member) ?? []
      types.push(type)
      enumerationsByMember.set(member, types)
    }
  }

  /** `type` and all its supertypes; computed once per type. */
  function ancestors(type: string): ReadonlySet<string> {
    let result = ancestorsByType.get(type)
    if (result) return result
    const found = new Set<string>()
    const pending = [type]
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      if (found.has(next)) continue
      found.add(next)
      pending.push(...(classes.get(next)?.subClassOf ?? dataTypes.get(next) ?? []))
    }
    result = found
    ancestorsByType.set(type, result)
    return result
  }

  return {
    isType: (name) => classes.has(name) || dataTypes.has(name),
    isDataType: (name) => dataTypes.has(name),
    classEntry: (name) => classes.get(name),
    property: (name) => properties.get(name),
    isSubtypeOf: (type, ancestor) => ancestors(type).has(ancestor),
    isMemberOf: (name, type) => (enumerationsByMember.get(name) ?? []).some((enumeration) => ancestors(enumeration).has(type)),
    typeNames: [...classes.keys(), ...dataTypes.keys()],
    propertyNames: [...properties.keys()]
  }
}
