import {type Author, parseByline} from '../metadata/authors.js'
import {Word, isWordClass} from '../lexicon/word-classes.js'

/**
 * Read a byline paragraph (`By Jane Doe and John Roe`) into authors, or
 * `undefined` when the paragraph is not a byline. Short, starting with
 * `By `, and every name made of capitalized words.
 */
export function byline(text: string, publisherName: string | undefined): Author[] | undefined {
  if (text.length > 160 || !/^by\s/i.test(text)) return undefined
  const authors = parseByline(text, publisherName)
  if (authors.length === 0) return undefined
  const isName = (author: Author) => {
    const words = author.name.split(' ')
    return words.length <= 6 && words.every((word) => /^[\p{Lu}\p{Lt}]/u.test(word) || isWordClass(word, Word.NameParticle))
  }
  return authors.every(isName) ? authors : undefined
}
