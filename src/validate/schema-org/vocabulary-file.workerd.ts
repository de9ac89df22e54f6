// In Workers the vocabulary is part of the bundle: a Worker that never
// validates has it dropped by the bundler.
import type {VocabularyData} from './vocabulary-data.js'
import type {vocabularyData as readFromDisk} from './vocabulary-file.js'
import data from './vocabulary.data.json' with {type: 'json'}

/** vocabulary.data.json, as bundled. */
export const vocabularyData: typeof readFromDisk = () => data as unknown as VocabularyData
