// Reading an article's metadata: the fields of its sources (CMS data,
// frontmatter, HTML `<meta>`), checked and normalized, one reader per group
// of fields, on top of the newsroom's defaults.
import type {VFile} from 'vfile'
import type {Settings} from '../settings.js'
import {type MetadataContext, readText, readTextList} from './field-reader.js'
import {type FieldSource, collectFields} from './fields.js'
import type {ArticleMetadata} from './metadata.js'
import {readAccess} from './read-access.js'
import {readAuthors} from './read-authors.js'
import {readLanguage, readType} from './read-classification.js'
import {readDates, readTimeZone} from './read-dates.js'
import {readImages} from './read-images.js'
import {readPublisher} from './read-publisher.js'
import {readUrl} from './read-url.js'
import {readFormats} from '../formats/read-formats.js'

/**
 * Check and normalize article fields on top of the newsroom's defaults in
 * `settings`. `sources` come strongest first (CMS data, then frontmatter,
 * then HTML `<meta>`): a field takes its value from the first source that
 * has it under any of its names. Bad values are reported and left out.
 *
 * A new field: its keys go in `fieldOfKey` (`fields.ts`), its reader in a
 * `read-*.ts` file taking a `MetadataContext`, and one line here.
 */
export function readMetadata(sources: readonly FieldSource[], settings: Settings, file: VFile): ArticleMetadata {
  const context: MetadataContext = {fields: collectFields(sources, file), settings, file}
  // Read in this order so that messages without a place keep their order.
  const timeZone = readTimeZone(context)
  const publisher = readPublisher(context)
  const {datePublished, dateModified} = readDates(context, timeZone)
  const {isAccessibleForFree, paywallSelector} = readAccess(context)
  return {
    type: readType(context),
    headline: readText(context, 'headline'),
    alternativeHeadline: readText(context, 'alternativeHeadline'),
    description: readText(context, 'description'),
    url: readUrl(context, 'canonical') ?? readUrl(context, 'url'),
    datePublished,
    dateModified,
    authors: readAuthors(context, publisher?.name),
    publisher,
    images: readImages(context),
    sections: readTextList(context, 'section'),
    keywords: readTextList(context, 'keywords', true),
    language: readLanguage(context),
    isAccessibleForFree,
    paywallSelector,
    dateline: readText(context, 'dateline'),
    ...readFormats(context, timeZone)
  }
}
