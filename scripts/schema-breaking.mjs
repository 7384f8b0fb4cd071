#!/usr/bin/env node
// npm run schema:breaking — the versioning check CI runs (README "Versioning").
//
// Diffs schema/schema.graphql against schema/released.graphql (the SDL of the last release)
// with graphql-js's findBreakingChanges, and fails on a breaking change that CHANGELOG.md's
// "## [Unreleased]" section does not list under "### Breaking". A change is listed when that
// section names its schema coordinate in backticks (`Type.field`, `Type.field(arg:)`, `Enum.VALUE`,
// `Type`), as this script prints it. Dangerous changes (a new enum value, a changed default) are
// printed and never fail.
//
//   node scripts/schema-breaking.mjs [--released F] [--current F] [--changelog F]
//   node scripts/schema-breaking.mjs --write-released   (npm run schema:release: on a release,
//     the current SDL becomes the released one, headed with package.json's version)
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildSchema, findBreakingChanges, findDangerousChanges } from "graphql";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values: opts } = parseArgs({
  options: {
    released: { type: "string", default: path.join(root, "schema/released.graphql") },
    current: { type: "string", default: path.join(root, "schema/schema.graphql") },
    changelog: { type: "string", default: path.join(root, "CHANGELOG.md") },
    "write-released": { type: "boolean", default: false },
  },
});
if (opts["write-released"]) {
  const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
  const header = `# The SDL of the last release, LeadGraph ${version}: scripts/schema-breaking.mjs diffs\n` +
    "# schema/schema.graphql against it, and `npm run schema:release` replaces it when a version is released.\n\n";
  writeFileSync(opts.released, header + readFileSync(opts.current, "utf8"));
  console.log(`${path.relative(process.cwd(), opts.released)} is now the schema of ${version}`);
  process.exit(0);
}

/** The schema coordinate a graphql-js change description is about (its own message formats). */
function coordinateOf(description) {
  const patterns = [
    [/^(\w+) was removed from enum type (\w+)\.$/, (m) => `${m[2]}.${m[1]}`],
    [/^(\w+) was removed from union type (\w+)\.$/, (m) => `${m[2]}.${m[1]}`],
    [/^A required field (\w+) on input type (\w+) was added\.$/, (m) => `${m[2]}.${m[1]}`],
    [/^A required arg (\w+) on (\w+)\.(\w+) was added\.$/, (m) => `${m[2]}.${m[3]}(${m[1]}:)`],
    [/^(\w+)\.(\w+) arg (\w+) (?:was removed|has changed type .*)\.$/, (m) => `${m[1]}.${m[2]}(${m[3]}:)`],
    [/^(\w+)\.(\w+) (?:was removed|changed type .*)\.$/, (m) => `${m[1]}.${m[2]}`],
    [/^(\w+) no longer implements interface (\w+)\.$/, (m) => m[1]],
    [/^(\w+) changed from .*\.$/, (m) => m[1]],
    [/^(\w+) was removed\.$/, (m) => m[1]],
  ];
  for (const [re, f] of patterns) {
    const m = re.exec(description);
    if (m) return f(m);
  }
  return undefined;
}

/** The text of "### Breaking" inside "## [Unreleased]". */
function unreleasedBreaking(changelog) {
  const unreleased = /^## \[Unreleased\][^\n]*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(changelog)?.[1] ?? "";
  return /^### Breaking[^\n]*\n([\s\S]*?)(?=^### |(?![\s\S]))/m.exec(unreleased)?.[1] ?? "";
}

const sdl = (file) => readFileSync(file, "utf8");
const released = buildSchema(sdl(opts.released));
const current = buildSchema(sdl(opts.current));
const listed = unreleasedBreaking(sdl(opts.changelog));
const rel = (f) => path.relative(process.cwd(), f) || f;

const breaking = findBreakingChanges(released, current);
const missing = [];
for (const change of breaking) {
  const coordinate = coordinateOf(change.description);
  const ok = coordinate ? listed.includes(`\`${coordinate}\``) : listed.includes(change.description);
  if (!ok) missing.push({ change, coordinate });
}
for (const d of findDangerousChanges(released, current)) console.log(`dangerous (allowed): ${d.description}`);
const listedCount = breaking.length - missing.length;
console.log(`${breaking.length} breaking change(s) against ${rel(opts.released)}, ${listedCount} listed in ${rel(opts.changelog)}`);
if (missing.length) {
  console.error(
    `\nBreaking schema change(s) that ${rel(opts.changelog)} does not list under "## [Unreleased]" → "### Breaking":`,
  );
  for (const { change, coordinate } of missing) {
    console.error(`  - ${coordinate ? `\`${coordinate}\`: ` : ""}${change.description}`);
  }
  console.error(
    "\nEither keep the schema compatible, or list each one there (its coordinate in backticks)" +
      ' and bump the major version (the minor while 0.x): README "Versioning".',
  );
  process.exit(1);
}
