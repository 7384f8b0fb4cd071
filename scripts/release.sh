#!/usr/bin/env bash
# scripts/release.sh <outdir>: the release build, the only one there is. The Dockerfile's build
# stage runs it, and so does test/scripts/release.test.ts (in a temporary directory).
#
# Writes to <outdir>: dist/ (compiled, with the simulators' fixtures), package.json,
# package-lock.json, LICENSE, and node_modules/ with production dependencies only. The tree
# starts with `node dist/main.js` (or `npm run serve`): nothing compiles at start-up, and no dev
# dependency is there to be imported.
#
# - Source dependencies: `npm ci` when the checkout has no node_modules/ (a container build),
#   otherwise the ones installed (a developer or CI checkout after `npm ci`).
# - Production node_modules: the installed tree copied and pruned with `npm prune --omit=dev`,
#   the same packages `npm ci --omit=dev` installs from the lockfile, without building the
#   native ones (better-sqlite3) a second time or touching the network.
#   RELEASE_FRESH_INSTALL=1 runs `npm ci --omit=dev` in <outdir> instead.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: scripts/release.sh <outdir>" >&2
  exit 64
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$1"
out="$(cd "$1" && pwd)"
case "$out" in
  "$root" | "$root/dist" | "$root/src" | "$root/node_modules") echo "release.sh: <outdir> must not be the checkout or one of its own folders" >&2; exit 64 ;;
esac
if [ -n "$(ls -A "$out")" ]; then
  echo "release.sh: $out is not empty" >&2
  exit 64
fi

cd "$root"
if [ ! -d node_modules ]; then
  echo "== npm ci (source dependencies)"
  npm ci --no-audit --no-fund
fi

echo "== build (npm run build's two steps, into $out/dist: the checkout's own dist/ is left alone)"
node_modules/.bin/tsc -p tsconfig.build.json --outDir "$out/dist"
node scripts/copy-assets.mjs "$out/dist"

echo "== release tree: $out"
cp package.json package-lock.json LICENSE "$out/"
if [ "${RELEASE_FRESH_INSTALL:-0}" = 1 ]; then
  (cd "$out" && npm ci --omit=dev --no-audit --no-fund)
else
  # node_modules/. : the directory's contents, also when node_modules is a symlink
  mkdir "$out/node_modules"
  cp -R node_modules/. "$out/node_modules/"
  (cd "$out" && npm prune --omit=dev --no-audit --no-fund)
fi
echo "release tree ready: cd $out && NODE_ENV=production LEADGRAPH_TENANTS=/path/to/tenants.yaml node dist/main.js"
