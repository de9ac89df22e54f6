/**
 * The lexicon's data file (lexicon.data.bin): the word lists packed as the
 * lookups read them, so that a process loads them with one file read and a
 * few typed-array views. Why: parsing the 500 KB of JSON lists and hashing
 * their 47,000 words into tables took about a fifth of a CLI cold run, and
 * every batch worker paid it again. lexicon.data.json stays the readable
 * form of the same lists; scripts/build-lexicon.ts writes both.
 *
 * Layout (little-endian): the 4 bytes `NJLX`, a Uint32 format version, then
 * per table (common words, given names) three Uint32 sizes: words, slots and
 * code units; then each table's starts (Int32), slots (Int32) and text
 * (Uint16, padded to 4 bytes); then a Uint8 gender per given name.
 */
import {type PackedWords, WordTable} from './word-table.js'

/** The word lists as build-lexicon.ts writes them to lexicon.data.json. */
export interface LexiconLists {
  readonly commonWords: readonly string[]
  readonly femaleNames: readonly string[]
  readonly maleNames: readonly string[]
  readonly unisexNames: readonly string[]
  /** Given names of other countries, with no gender: see {@link international}. */
  readonly internationalNames?: readonly string[]
}

/** The tables the lookups read. */
export interface LexiconTables {
  readonly commonWords: WordTable
  readonly givenNames: WordTable
  /** Per given name (its index in `givenNames`): 1 female, 2 male, 3 either. */
  readonly givenNameGenders: Uint8Array
}

/** Given-name genders in the file. */
export const female = 1
export const male = 2
export const unisex = 3
/** Tag of a name only the lists of other countries have: a given name, of no gender and no evidence alone. */
export const international = 8

const magic = 0x584c_4a4e // `NJLX`, read as a little-endian Uint32
const formatVersion = 1
const headerBytes = 32

/** Build the tables from the lists. */
export function lexiconTables(lists: LexiconLists): LexiconTables {
  const english = [...lists.femaleNames, ...lists.maleNames, ...lists.unisexNames]
  const names = [...english, ...(lists.internationalNames ?? [])]
  const givenNames = new WordTable(names)
  const givenNameGenders = new Uint8Array(names.length)
  // A name in several lists takes the last list's gender (a name of the English lists keeps its own).
  for (const [index, name] of names.entries()) {
    const slot = givenNames.indexOf(name)
    if (index >= english.length) {
      if (givenNameGenders[slot] === 0) givenNameGenders[slot] = international
      continue
    }
    givenNameGenders[slot] = index < lists.femaleNames.length ? female : index < lists.femaleNames.length + lists.maleNames.length ? male : unisex
  }
  return {commonWords: new WordTable(lists.commonWords), givenNames, givenNameGenders}
}

/** The file's bytes for `lists`. */
export function encodeLexicon(lists: LexiconLists): Uint8Array {
  const tables = lexiconTables(lists)
  const parts = [tables.commonWords.packed, tables.givenNames.packed]
  let size = headerBytes
  for (const part of parts) size += tableBytes(part)
  size += tables.givenNameGenders.length
  const bytes = new Uint8Array(size)
  const view = new DataView(bytes.buffer)
  view.setUint32(0, magic, true)
  view.setUint32(4, formatVersion, true)
  let at = 8
  for (const {starts, slots, text} of parts) {
    view.setUint32(at, starts.length - 1, true)
    view.setUint32(at + 4, slots.length, true)
    view.setUint32(at + 8, text.length, true)
    at += 12
  }
  for (const {starts, slots, text} of parts) {
    for (const value of starts) at = put(view.setInt32, view, at, value, 4)
    for (const value of slots) at = put(view.setInt32, view, at, value, 4)
    for (const value of text) at = put(view.setUint16, view, at, value, 2)
    at = padded(at)
  }
  bytes.set(tables.givenNameGenders, at)
  return bytes
}

function put(setter: (offset: number, value: number, littleEndian: boolean) => void, view: DataView, at: number, value: number, width: number): number {
  setter.call(view, at, value, true)
  return at + width
}

/** Read the file's bytes back into tables; throws on a file of another layout. */
export function decodeLexicon(file: Uint8Array): LexiconTables {
  // Typed-array views need aligned offsets: a pooled Buffer may not start at one.
  const bytes = file.byteOffset % 4 === 0 ? file : file.slice()
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.byteLength < headerBytes || view.getUint32(0, true) !== magic || view.getUint32(4, true) !== formatVersion) throw malformed('not a lexicon file of version ' + formatVersion)
  let at = headerBytes
  const tables: WordTable[] = []
  for (let table = 0; table < 2; table++) {
    const words = view.getUint32(8 + table * 12, true)
    const slotCount = view.getUint32(12 + table * 12, true)
    const units = view.getUint32(16 + table * 12, true)
    const packed: PackedWords = {starts: int32s(bytes, view, at, words + 1), slots: int32s(bytes, view, at + (words + 1) * 4, slotCount), text: uint16s(bytes, view, at + (words + 1 + slotCount) * 4, units)}
    at = padded(at + (words + 1 + slotCount) * 4 + units * 2)
    tables.push(new WordTable(packed))
  }
  const names = view.getUint32(8 + 12, true)
  if (at + names !== bytes.byteLength) throw malformed(`${bytes.byteLength} bytes, expected ${at + names}`)
  return {commonWords: tables[0]!, givenNames: tables[1]!, givenNameGenders: bytes.subarray(at, at + names)}
}

function tableBytes({starts, slots, text}: PackedWords): number {
  return padded((starts.length + slots.length) * 4 + text.length * 2)
}

const padded = (offset: number) => Math.ceil(offset / 4) * 4

const isLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

function int32s(bytes: Uint8Array, view: DataView, offset: number, length: number): Int32Array {
  if (isLittleEndian) return new Int32Array(bytes.buffer, bytes.byteOffset + offset, length)
  // Big-endian machines: read each value (the file is little-endian).
  const result = new Int32Array(length)
  for (let index = 0; index < length; index++) result[index] = view.getInt32(offset + index * 4, true)
  return result
}

function uint16s(bytes: Uint8Array, view: DataView, offset: number, length: number): Uint16Array {
  if (isLittleEndian) return new Uint16Array(bytes.buffer, bytes.byteOffset + offset, length)
  const result = new Uint16Array(length)
  for (let index = 0; index < length; index++) result[index] = view.getUint16(offset + index * 2, true)
  return result
}

function malformed(why: string): Error {
  return new Error('lexicon.data.bin is malformed (' + why + '); rebuild it with scripts/build-lexicon.ts')
}
