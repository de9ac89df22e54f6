// `newsroom-jsonld site site.yaml`: the site graph (WebSite, NewsMediaOrganization) of a site file.
import {parseArgs} from 'node:util'
import {toScriptTag} from '../serialize/json-ld.js'
import {siteToJsonLd} from '../site/site-to-json-ld.js'
import {readSiteFile} from './config-files.js'
import type {Io} from './io.js'

const usage = `Usage: newsroom-jsonld site [--format jsonld|script] SITE_FILE

Print the JSON-LD of the site (WebSite with its SearchAction, and the
NewsMediaOrganization with logo, sameAs and the Trust Project policy pages)
from a YAML or JSON site file (see the README's Site section). Pass the same
file to article runs with --site, so articles reference these nodes by @id.

Options:
  --format <jsonld|script>  pretty JSON-LD (default), or the <script type="application/ld+json"> element
  -h, --help                show this help

Exit status: 0 on success, 2 on usage errors or a malformed site file.
`

/** Run `newsroom-jsonld site …`; resolves to the exit code. */
export async function siteCommand(args: readonly string[], io: Io): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({args: [...args], allowPositionals: true, options: {format: {type: 'string', default: 'jsonld'}, help: {type: 'boolean', short: 'h'}}})
  } catch (error) {
    return fail(io, (error as Error).message)
  }
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout.write(usage)
    return 0
  }
  if (values.format !== 'jsonld' && values.format !== 'script') return fail(io, 'Expected `--format` to be jsonld or script, not `' + values.format + '`')
  if (positionals.length !== 1) return fail(io, 'Expected one SITE_FILE, got ' + positionals.length)
  let jsonld
  try {
    jsonld = siteToJsonLd(await readSiteFile(positionals[0]!))
  } catch (error) {
    return fail(io, (error as Error).message)
  }
  io.stdout.write((values.format === 'script' ? toScriptTag(jsonld) : JSON.stringify(jsonld, undefined, 2)) + '\n')
  return 0
}

function fail(io: Io, reason: string): number {
  io.stderr.write('newsroom-jsonld site: ' + reason + '\nTry `newsroom-jsonld site --help`.\n')
  return 2
}
