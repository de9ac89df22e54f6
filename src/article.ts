import type {DocumentFormat} from './document/document.js'
import type {PlaceType} from './gazetteer/place-type.js'
import type {TextSpan} from './extract/span.js'
import type {KnownEntry} from './known/known-entities.js'
import type {Author} from './metadata/authors.js'
import type {ArticleMetadata} from './metadata/metadata.js'
import type {Correction} from './formats/correction.js'
import type {Media} from './formats/media.js'
import type {LiveBlogUpdate} from './formats/live-blog-update.js'

/**
 * Everything extracted from one article, with source positions: the typed
 * model behind the JSON-LD, for a CMS to inspect.
 */
export interface Article {
  /** Format the article was read as. */
  readonly format: DocumentFormat
  /** Fields the article states about itself (frontmatter, CMS, defaults). */
  readonly metadata: ArticleMetadata
  /** Canonical URL: `metadata.url`, else `baseUrl` plus the file stem. */
  readonly url: string | undefined
  /** The headline in the text (first heading or first line). */
  readonly headline: TextSpan | undefined
  /** The line under a plain-text headline. */
  readonly dek: TextSpan | undefined
  /** A `By …` line at the top of the body. */
  readonly byline: Byline | undefined
  /** The dateline at the start of the story. */
  readonly dateline: Dateline | undefined
  /** First paragraph of the story without its dateline. */
  readonly lede: TextSpan | undefined
  /** Words in the body, headline excluded. */
  readonly wordCount: number
  /** People and organizations the article names, one per real entity. */
  readonly entities: readonly ArticleEntity[]
  /** Places the article names, resolved to GeoNames. */
  readonly places: readonly ArticlePlace[]
  /** Direct quotations, with their speakers. */
  readonly quotations: readonly Quotation[]
  /** Quoted words that are not speech: scare quotes, names, titles, nicknames. */
  readonly quotedTerms: readonly TextSpan[]
  /** Corrections: the fields' and the notes at the end of the text (default: none). */
  readonly corrections?: readonly Correction[] | undefined
  /** Videos: the fields' and the YouTube and Vimeo embeds in the text (default: none). */
  readonly videos?: readonly Media[] | undefined
  /** A live blog's updates, in the order of the text (default: none; only for `LiveBlogPosting`). */
  readonly liveBlogUpdates?: readonly LiveBlogUpdate[] | undefined
}

/** A person or organization named in the article. */
export interface ArticleEntity {
  readonly type: 'Person' | 'Organization'
  /** Fullest name: `Mike Johnston`, `U.S. Immigration and Customs Enforcement`. */
  readonly name: string
  /** Other names in the text: `ICE`, `FOX31`. */
  readonly alternateNames: readonly string[]
  /** From a title before the name: `Mayor`, `Councilmember`. */
  readonly jobTitle: string | undefined
  /** The council of a councilmember: `Aurora City Council`. */
  readonly memberOf: string | undefined
  /** Every mention, with positions. */
  readonly mentions: readonly TextSpan[]
  /** The `knownEntities` entry it matched (optional; none when it matched none, or two). */
  readonly known?: KnownEntry | undefined
  /** The kinds of evidence its mentions gave (sorted, distinct): `title`, `speech-verb`, `organization-head`… */
  readonly evidence: readonly EntityEvidence[]
}

/**
 * Evidence for a person or organization: `title` (`Mayor X`), `known-organization`,
 * `organization-head` (a head noun or corporate suffix: `… Department`, `… AG`), `broadcaster`, `team`
 * (a club in sports copy), `speech-verb` (`X said`), `appositive` (`X, a doctor,`), `given-name`,
 * `name-shape` (two or three rare capitalized words), `public-figure`, `acronym` (defined beside its
 * name or used as one), `outlet` (`X news agency`), `context` (`shares of X`, `X's chief executive`),
 * `role-noun`, `attribution` (a quote's speaker), `dateline` (the dateline's credited source),
 * `action-verb` (a player's act in sports copy: `X homered`, `X allowed one run`),
 * `known-entity` (an entry of the `knownEntities` option).
 */
export type EntityEvidence =
  | 'title'
  | 'known-organization'
  | 'organization-head'
  | 'broadcaster'
  | 'team'
  | 'speech-verb'
  | 'appositive'
  | 'given-name'
  | 'name-shape'
  | 'public-figure'
  | 'acronym'
  | 'outlet'
  | 'context'
  | 'role-noun'
  | 'action-verb'
  | 'attribution'
  | 'dateline'
  | 'gazetteer'
  | 'known-entity'

/** A place as a graph node needs it: a place the article names, or one that contains it. */
export interface ContainingPlace {
  readonly type: PlaceType
  /** GeoNames' name: `Denver`, `Washington, D.C.`. */
  readonly name: string
  /** GeoNames id; undefined for a US county or a division abroad GeoNames' id is not known for (`subdivisionCode` identifies them), and for a site. */
  readonly geonameId: number | undefined
  /**
   * ISO 3166-2 code of a first-order division (`US-CO`, `CA-AB`); for a US county, `US-` and its
   * FIPS code (`US-21169`); undefined for cities, countries and continents.
   */
  readonly subdivisionCode: string | undefined
  /** Degrees; undefined for a site (`Colfax Avenue`, `the Baltic Sea`: a `Place` no gazetteer has, named by its head noun). */
  readonly latitude: number | undefined
  readonly longitude: number | undefined
}

/** A place named in the article, resolved to a GeoNames feature. */
export interface ArticlePlace extends ContainingPlace {
  /** ISO 3166 code of the country; '' for a site the text puts in no place. */
  readonly countryCode: string
  /** US postal code of the state, or GeoNames' admin1 code abroad. */
  readonly admin1: string | undefined
  /** The places it lies in, innermost first, up to the country: a US city's state, then the United States. */
  readonly containedIn: readonly ContainingPlace[]
  /** Every mention, with positions; the dateline's city counts. */
  readonly mentions: readonly TextSpan[]
  /**
   * What, beyond the gazetteer having the name, made it this place (sorted; empty when only
   * the place's prominence speaks for it: a country, a continent, a big city).
   */
  readonly evidence: readonly PlaceEvidence[]
}

/**
 * Evidence for a place: `dateline` (the dateline names it), `region` (a state or country written
 * after it: `Springfield, Ill.`), `dateline-region` (it lies in the dateline's state or country),
 * `colocation` (in the country or US state of another place named), `head-noun` (`Zhejiang province`,
 * `the state of Queensland`), `preposition` (`in`, `near`, `from`… before it), `title-qualifier`
 * (`Aurora Councilmember`), `known-entity` (a `knownEntities` place entry settles the name); a site
 * (`Colfax Avenue`) has `head-noun`, and `region` when a place is written after it (`Church Street, Enfield`).
 */
export type PlaceEvidence = 'dateline' | 'region' | 'dateline-region' | 'colocation' | 'head-noun' | 'preposition' | 'title-qualifier' | 'known-entity'

/** How a quotation's speaker was found. */
export type SpeakerResolution = 'name' | 'surname' | 'pronoun' | 'role' | 'organization' | 'continuation'

/** A direct quotation. */
export interface Quotation {
  /** The quoted words, parts joined by a space, marks and attribution excluded. */
  readonly text: string
  /** Each stretch of quoted text, with positions (split and multi-paragraph quotes have several). */
  readonly parts: readonly TextSpan[]
  /** Index of the document block (paragraph) the quotation starts in. */
  readonly block: number
  /** The cue: `said`, `told reporters`, `according to`, or a dash. */
  readonly cue: TextSpan | undefined
  /** The words naming the speaker, even when they resolve to no one (`he` with no antecedent). */
  readonly speakerPhrase: TextSpan | undefined
  /** Whether the quote's last closing mark was found (no mark left open). */
  readonly closed: boolean
  /** The speaker, when the text says who spoke. */
  readonly speaker: QuotationSpeaker | undefined
}

/** Who spoke a quotation and how the text says so. */
export interface QuotationSpeaker {
  readonly type: 'Person' | 'Organization'
  /** The entity's name: `Mike Johnston`. */
  readonly name: string
  /** The words naming the speaker at the cue: `Denver's mayor`, `she`. */
  readonly phrase: TextSpan | undefined
  readonly resolution: SpeakerResolution
}

/** A byline line and the authors it names. */
export interface Byline extends TextSpan {
  readonly authors: readonly Author[]
}

/** A dateline: `DENVER, Co. (KDVR)`. */
export interface Dateline extends TextSpan {
  /** City in display form: `Denver`. */
  readonly city: string
  /** State, province or country as written: `Co.`. */
  readonly region: string | undefined
  /** US postal code of the state, when the region or city names one: `CO`. */
  readonly state: string | undefined
  /** ISO 3166 code of the country, when known: `US`. */
  readonly country: string | undefined
  /** Credited source: `KDVR`, `AP`. */
  readonly source: string | undefined
  /** GeoNames id of the city, once resolved (see `places`). */
  readonly geonameId: number | undefined
}
