import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { EventInput } from "../../../src/vendors/propexo/mapper.js";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../src/vendors/propexo/fixtures");

export function fixture<T = any>(name: string): T {
  return JSON.parse(readFileSync(path.join(dir, name), "utf8")) as T;
}

/** A fixture's GraphQL-shaped input as resolvers receive it (DateTime scalars parsed to Date). */
export function eventInput(json: Record<string, any>): EventInput {
  const e = json.entrata ? { ...json.entrata, appointmentAt: json.entrata.appointmentAt ? new Date(json.entrata.appointmentAt) : json.entrata.appointmentAt } : json.entrata;
  return { ...json, startsAt: new Date(json.startsAt), endsAt: json.endsAt ? new Date(json.endsAt) : json.endsAt, entrata: e } as EventInput;
}
