import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { EventInput } from "../../../src/vendors/propexo/mapper.js";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../src/vendors/propexo/fixtures");

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- fixture files are loose JSON; a caller passes T for the shape it reads
export function fixture<T = any>(name: string): T {
  return JSON.parse(readFileSync(path.join(dir, name), "utf8")) as T;
}

/** An event input as JSON: DateTime fields are ISO strings, every other field passes through. */
export interface EventInputJson {
  startsAt: string;
  endsAt?: string | null;
  entrata?: { appointmentAt?: string | null; [field: string]: unknown } | null;
  [field: string]: unknown;
}

/** A fixture's GraphQL-shaped input as resolvers receive it (DateTime scalars parsed to Date). */
export function eventInput(json: EventInputJson): EventInput {
  const e = json.entrata
    ? { ...json.entrata, appointmentAt: json.entrata.appointmentAt ? new Date(json.entrata.appointmentAt) : json.entrata.appointmentAt }
    : json.entrata;
  return {
    ...json,
    startsAt: new Date(json.startsAt),
    endsAt: json.endsAt ? new Date(json.endsAt) : json.endsAt,
    entrata: e,
  } as EventInput;
}
