// Node reads the data file from beside the module; the Workers build bundles it (vocabulary-file.workerd.ts).
import {readFileSync} from 'node:fs'
import type {VocabularyData} from './vocabulary-data.js'

/**
 * vocabulary.data.json (~200 KB, built by scripts/build-vocabulary.ts),
 * parsed. The same relative URL works from src/validate/schema-org/ and from
 * dist/, where the build copies the file.
 */
export function vocabularyData(): VocabularyData {
  return JSON.parse(readFileSync(new URL('./vocabulary.data.json', import.meta.url), 'utf8')) as VocabularyData
}
