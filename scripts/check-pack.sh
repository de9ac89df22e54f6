#!/usr/bin/env bash
# Checks the package as users get it: `npm pack`, install the tarball into an
# empty project, import every entry point, run the bin, and make sure the
# manifest runs nothing at install time.
# Run: npm run check:pack
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/newsroom-jsonld-pack-XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

# `npm pack` runs `prepack`, which builds dist/.
tarball="$(cd "$root" && npm pack --silent --pack-destination "$tmp" | tail -n 1)"
mkdir "$tmp/project"
cd "$tmp/project"
printf '{"name": "pack-check", "private": true, "type": "module"}\n' > package.json
# vitest is the optional peer the `./vitest` entry needs.
vitest_range="$(node -p "require('$root/package.json').devDependencies.vitest")"
npm install --no-audit --no-fund --prefer-offline --loglevel=error "$tmp/$tarball" "vitest@$vitest_range" > install.log 2>&1 || {
  cat install.log
  exit 1
}

cat > check.mjs <<'JS'
import assert from 'node:assert/strict'
import {readFile} from 'node:fs/promises'

const manifest = JSON.parse(await readFile('node_modules/newsroom-jsonld/package.json', 'utf8'))
for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) {
  assert.equal(manifest.scripts?.[hook], undefined, `the published manifest runs \`${hook}\` at install`)
}

const main = await import('newsroom-jsonld')
const {jsonld} = main.articleToJsonLd('Headline\n\nDENVER (AP) — "We are ready," Mayor Ana Ruiz said.')
assert.equal(jsonld['@graph'][0]['@type'], 'NewsArticle')
assert.match(main.toScriptTag(jsonld), /^<script type="application\/ld\+json">/)
assert.equal(typeof (await import('newsroom-jsonld/remark')).default, 'function')
assert.equal(typeof (await import('newsroom-jsonld/rehype')).default, 'function')
console.log('entry points: ., ./remark, ./rehype import')
JS
node check.mjs

# The matchers register with `expect`, so they load inside a vitest run.
cat > matchers.test.js <<'JS'
import {expect, test} from 'vitest'
import {matchers} from 'newsroom-jsonld/vitest'

test('the matchers entry point loads and registers', () => {
  expect(typeof matchers.toHaveValidNewsArticle).toBe('function')
  expect(expect('').toHaveValidNewsArticle).toBeTypeOf('function')
})
JS
npx --no-install vitest run matchers.test.js > vitest.log 2>&1 || {
  cat vitest.log
  exit 1
}
echo 'entry point: ./vitest loads in a vitest run'

# The matchers' types, as the README says to enable them: `"types"` in
# tsconfig.json, or a reference directive. Without either, this fails.
cat > matchers.test-d.ts <<'TS'
import {expect} from 'vitest'

expect('<html></html>').toHaveValidNewsArticle({failOn: 'error'})
expect({}).toContainQuotation({speaker: 'Ana Ruiz', text: 'We are ready'})
// @ts-expect-error: the options are typed
expect('').toHaveValidNewsArticle({failOn: 'sometimes'})
TS
printf '/// <reference types="newsroom-jsonld/vitest" />\n' > reference.test-d.ts
cat matchers.test-d.ts >> reference.test-d.ts
tsc="$root/node_modules/.bin/tsc"
options='"module": "NodeNext", "moduleResolution": "NodeNext", "strict": true, "noEmit": true, "skipLibCheck": true'
printf '{"compilerOptions": {%s, "types": ["newsroom-jsonld/vitest"]}, "files": ["matchers.test-d.ts"]}\n' "$options" > tsconfig.types.json
printf '{"compilerOptions": {%s, "types": []}, "files": ["reference.test-d.ts"]}\n' "$options" > tsconfig.reference.json
"$tsc" -p tsconfig.types.json
"$tsc" -p tsconfig.reference.json
echo 'types: the matchers are typed through "types" and through a reference directive'

# The `workerd` export condition, bundled as Wrangler bundles a Worker (its
# conditions; the data files inlined here, where Wrangler uploads each one as
# a module of its own) and run in workerd, Cloudflare's runtime.
cat > worker.js <<'JS'
import {articleToJsonLd} from 'newsroom-jsonld'
import remarkNewsArticle from 'newsroom-jsonld/remark'
import rehypeNewsArticle from 'newsroom-jsonld/rehype'

export default {
  test() {
    const {jsonld} = articleToJsonLd('Headline\n\nDENVER (AP) — "We are ready," Mayor Ana Ruiz said.')
    const types = jsonld['@graph'].flatMap((node) => node['@type'])
    if (!types.includes('City') || !types.includes('Quotation')) throw new Error('Unexpected graph: ' + JSON.stringify(jsonld))
    if (typeof remarkNewsArticle !== 'function' || typeof rehypeNewsArticle !== 'function') throw new Error('Expected the plugins')
  }
}
JS
"$root/node_modules/.bin/esbuild" worker.js --bundle --format=esm --platform=browser --conditions=workerd,worker,browser \
  --loader:.bin=binary --outfile=worker/worker.js --log-level=warning
printf '%s\n' 'using Workerd = import "/workerd/workerd.capnp";' \
  'const config :Workerd.Config = (services = [(name = "main", worker = (modules = [(name = "worker.js", esModule = embed "worker.js")], compatibilityDate = "2026-11-01"))]);' \
  > worker/config.capnp
"$root/node_modules/.bin/workerd" test worker/config.capnp > workerd.log 2>&1 || {
  cat workerd.log
  exit 1
}
echo 'entry points: ., ./remark, ./rehype under the workerd condition convert an article in workerd'

printf 'Water rates rise\n\nLAKEWOOD, Co. (KXYZ) - "We had no choice," Mayor Ana Ruiz said.\n' > article.txt
npx --no-install newsroom-jsonld article.txt > out.jsonld
node -e 'const g = JSON.parse(require("fs").readFileSync("out.jsonld", "utf8")); if (g["@graph"][0]["@type"] !== "NewsArticle") process.exit(1)'
echo "bin: newsroom-jsonld article.txt prints NewsArticle JSON-LD"
echo "check:pack: $tarball installs with no install scripts; every entry point and the bin work, and the Workers build runs in workerd"
