/**
 * A known entity: one entry of the newsroom's own list of the people,
 * organizations and places it covers, with the shape every entry must have
 * (checked with valibot, so the API and the CLI's files share one check).
 */
import type * as V from 'valibot'
import {placeById} from '../gazetteer/gazetteer.js'
import {resolveUrl} from '../metadata/resolve-url.js'
import {valibot} from '../load-package.js'

/** One entry of the `knownEntities` option (or of an `--entities` file). */
export interface KnownEntity {
  /**
   * schema.org type (required): `Person`, `Organization`,
   * `NewsMediaOrganization`, `GovernmentOrganization`, `SportsTeam`, `Place`,
   * `City` or any other. It wins over the type read from the text.
   */
  readonly type: string
  /** Name as the newsroom writes it (required, example: `'Maria Delgado'`). */
  readonly name: string
  /** Other names that mean this entity (optional, example: `['Mayor Delgado', 'M. Delgado']`). */
  readonly aliases?: readonly string[] | null | undefined
  /**
   * `@id` of the entity on every page (optional, example:
   * `'https://www.example.com/staff/maria-delgado#person'`); relative ids
   * resolve against the site URL. Without it the id is derived from the site
   * URL and the name (see the README's id scheme).
   */
  readonly id?: string | null | undefined
  /** Page of the entity (optional): a staff profile, an official site. */
  readonly url?: string | null | undefined
  /** The same entity elsewhere (optional): Wikidata, Wikipedia, a profile. */
  readonly sameAs?: string | readonly string[] | null | undefined
  /** For people: the job title (optional, example: `'Mayor of Springfield'`). */
  readonly jobTitle?: string | null | undefined
  /** For people: the organization they work for, by name (optional). */
  readonly affiliation?: string | null | undefined
  /** For places: the GeoNames id that settles which place the name means (optional, example: `4951788`). */
  readonly geonameId?: number | null | undefined
  /** Set by `newsroom-jsonld entities` on drafted entries an editor has not confirmed yet (default: `false`); informative only. */
  readonly review?: boolean | null | undefined
  /** Articles naming the entity when the entry was drafted (optional); informative only. */
  readonly count?: number | null | undefined
}

function buildSchemas(v: typeof V) {
  const text = v.pipe(v.string('Expected a string'), v.trim(), v.nonEmpty('Expected a non-empty string'))
  const url = v.pipe(v.string('Expected a URL string'), v.check((value) => resolveUrl(value, undefined) !== undefined, 'Expected an absolute `http:` or `https:` URL'))
  const optional = <T extends V.GenericSchema>(schema: T) => v.nullish(schema)

  // One entry; the type's first letter is a capital, as schema.org types are.
  const entry = v.pipe(
    v.strictObject(
      {
        type: v.pipe(v.string('Expected a schema.org type such as `Person`'), v.regex(/^[A-Z][A-Za-z0-9]{0,60}$/, 'Expected a schema.org type such as `Person` or `SportsTeam`')),
        name: text,
        aliases: optional(v.array(text, 'Expected a list of names')),
        id: optional(text),
        url: optional(url),
        // A list is checked item by item, anything else as one URL, so the issue names the item at fault.
        sameAs: optional(v.lazy((input) => (Array.isArray(input) ? v.array(url) : url))),
        jobTitle: optional(text),
        affiliation: optional(text),
        geonameId: optional(v.pipe(v.number('Expected a GeoNames id (a number)'), v.integer('Expected a whole number'), v.minValue(1, 'Expected a GeoNames id above 0'), v.check((id) => placeById(id) !== undefined, 'Expected the GeoNames id of a place in the bundled gazetteer (cities of 1,000 people or more, their regions and countries)'))),
        review: optional(v.boolean('Expected `true` or `false`')),
        count: optional(v.pipe(v.number('Expected a number'), v.integer('Expected a whole number'), v.minValue(0, 'Expected 0 or more')))
      },
      'Expected a known entity: `type`, `name` and optionally `aliases`, `id`, `url`, `sameAs`, `jobTitle`, `affiliation`, `geonameId`, `review`, `count`'
    ),
    v.forward(
      v.check((entry) => entry.type === 'Person' || (entry.jobTitle == null && entry.affiliation == null), 'Expected `jobTitle` and `affiliation` only on a `Person`'),
      ['jobTitle']
    ),
    v.forward(v.check((entry) => entry.type !== 'Person' || entry.geonameId == null, 'Expected `geonameId` only on a place'), ['geonameId'])
  )
  const list = v.array(entry, 'Expected a list of known entities')
  return {entry, list}
}

type Schemas = ReturnType<typeof buildSchemas>
let schemas: Schemas | undefined

/**
 * The shapes (valibot) of one entry (`entry`) and of the list (`list`);
 * built on first use, so valibot loads only when entries are checked.
 */
export function knownEntitySchemas(): Schemas {
  return (schemas ??= buildSchemas(valibot()))
}
