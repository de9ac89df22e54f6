#!/usr/bin/env bash
# Builds each worked example in examples/<name>/ with its real framework
# against the package as published (`npm pack` → examples/newsroom-jsonld.tgz),
# then runs its check.js. Installs
# Astro, Next.js and Eleventy from the npm registry (a few minutes), so it
# is not part of `npm test` nor of .ci/run. Run: npm run examples [-- astro nextjs eleventy]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
# `npm pack` runs `prepack`, which builds dist/.
npm pack --silent --pack-destination examples > /dev/null
mv examples/newsroom-jsonld-*.tgz examples/newsroom-jsonld.tgz
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(eleventy astro nextjs)
for name in "${names[@]}"; do
  start=$SECONDS
  (
    cd "examples/$name"
    npm install --no-audit --no-fund --no-package-lock --loglevel=error > .install.log 2>&1 || { cat .install.log; exit 1; }
    npm run build > .build.log 2>&1 || { cat .build.log; exit 1; }
    node check.js
  )
  echo "examples: $name built and checked in $((SECONDS - start)) s"
done
