import "reflect-metadata";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildAppSchema, printAppSchema } from "./schema.js";

/** `npm run schema:emit` writes schema/schema.graphql; `--check` fails when it is stale. */
const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../schema/schema.graphql");
const sdl = printAppSchema(await buildAppSchema());
if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(file, "utf8");
  } catch {
    /* missing counts as stale */
  }
  if (current !== sdl) {
    console.error(`schema/schema.graphql is stale: run npm run schema:emit and commit it`);
    process.exit(1);
  }
  console.log("schema/schema.graphql is up to date");
} else {
  writeFileSync(file, sdl);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
process.exit(0);
