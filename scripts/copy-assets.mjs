#!/usr/bin/env node
// node scripts/copy-assets.mjs [distDir]: part of `npm run build` (distDir dist/) and of
// scripts/release.sh (its own outdir). tsc copies no JSON that nothing imports: the vendor
// fixtures the simulators answer with (demo mode) are copied beside the compiled
// simulators, so dist/ runs without src/ (the release tree of scripts/release.sh has no src/).
import { cpSync, existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const vendors = path.join(root, "src/vendors");
const dist = path.resolve(process.argv[2] ?? path.join(root, "dist"));
let copied = 0;
for (const v of readdirSync(vendors, { withFileTypes: true })) {
  const from = path.join(vendors, v.name, "fixtures");
  if (!v.isDirectory() || !existsSync(from)) continue;
  cpSync(from, path.join(dist, "vendors", v.name, "fixtures"), { recursive: true });
  copied++;
}
console.log(`copied the fixtures of ${copied} vendor folder(s) into ${path.relative(process.cwd(), dist) || "."}/vendors/`);
