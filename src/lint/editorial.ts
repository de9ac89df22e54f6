import type {VFile} from 'vfile'
import type {Article} from '../article.js'
import {isWordClass, Word} from '../lexicon/word-classes.js'
import {type RuleId, report} from '../messages.js'
import type {Settings} from '../settings.js'
import {checkCorrections} from './corrections.js'


/**
 * Editorial checks on an extracted article, for the rules `settings` turns
 * on (all are off by default; `remarkNewsroomLint` turns them on). They read
 * the article model only: no second pass over the text.
 */
export function checkEditorial(article: Article, file: VFile, settings: Settings): void {
  const on = (ruleId: RuleId) => settings.rules[ruleId] !== 'off'
  const {metadata} = article
  const top = article.headline?.position ?? article.lede?.position

  if (on('missing-dateline') && !article.dateline && !metadata.dateline && article.lede) {
    report(file, 'missing-dateline', 'Unexpected story without dateline, expected `CITY, STATE (SOURCE) —` at the start of the first paragraph', {
      place: article.lede.position?.start
    })
  }
  if (on('missing-byline') && metadata.authors.length === 0 && !article.byline) {
    report(file, 'missing-byline', 'Unexpected article without author, expected `author` in frontmatter or a `By …` line under the headline', {place: top?.start})
  }
  if (on('missing-date') && !metadata.datePublished) {
    report(file, 'missing-date', 'Unexpected article without publication date, expected `date` in frontmatter such as `2026-02-11T17:45:00-07:00`', {
      place: top?.start
    })
  }
  // A dek is a written summary: the JSON-LD takes it as the description.
  if (on('missing-description') && !metadata.description && !article.dek) {
    report(file, 'missing-description', 'Unexpected article without description, expected `description` in frontmatter (search engines show it)', {place: top?.start})
  }
  if (on('missing-article-image') && metadata.images.length === 0) {
    report(file, 'missing-article-image', 'Unexpected article without image, expected `image` in frontmatter (Google shows articles with large images)', {place: top?.start})
  }
  if (on('small-image')) {
    for (const image of metadata.images) {
      if (image.width === undefined || image.height === undefined || image.width * image.height >= 50_000) continue
      report(file, 'small-image', 'Unexpected image of ' + image.width * image.height + ' pixels, expected at least 50,000 (width × height)', {
        actual: image.url,
        expected: ['50000']
      })
    }
  }
  const headline = metadata.headline ?? article.headline?.text
  if (on('long-headline') && headline && headline.length > settings.maxHeadlineLength) {
    report(file, 'long-headline', 'Unexpected headline of ' + headline.length + ' characters, expected at most ' + settings.maxHeadlineLength, {
      place: article.headline?.position,
      actual: String(headline.length),
      expected: [String(settings.maxHeadlineLength)]
    })
  }
  if (on('modified-before-correction')) checkCorrections(article, file)
  for (const quotation of article.quotations) {
    const phrase = quotation.speakerPhrase
    if (on('pronoun-unresolved') && !quotation.speaker && phrase && isWordClass(phrase.text.toLowerCase(), Word.SubjectPronoun | Word.MalePronoun | Word.FemalePronoun)) {
      report(file, 'pronoun-unresolved', 'Unexpected speaker `' + phrase.text + '` with no one to refer to, expected the speaker named before the quote', {
        place: phrase.position,
        actual: phrase.text
      })
    }
    const last = quotation.parts[quotation.parts.length - 1]
    if (on('unbalanced-quote') && !quotation.closed && last) {
      report(file, 'unbalanced-quote', 'Unexpected quote left open, expected a closing quote mark (or the next paragraph to reopen it)', {
        place: last.position?.end
      })
    }
  }
}
