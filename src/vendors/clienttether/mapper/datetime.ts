import { DateTime as Luxon } from "luxon";
import { badInput } from "../../../lib/errors.js";
import { str } from "./values.js";

/** The doc writes dates `YYYY:MM:DD`; `YYYY-MM-DD` and `YYYY/MM/DD` are accepted from users and sent in the doc's form. */
export function toCtDate(raw: string, field: string): string {
  const m = /^(\d{4})[:\-/](\d{2})[:\-/](\d{2})$/.exec(raw.trim());
  if (!m || !Luxon.fromObject({ year: +m[1]!, month: +m[2]!, day: +m[3]! }).isValid) {
    throw badInput(field, `"${raw}" is not a date; expected YYYY:MM:DD (or YYYY-MM-DD)`);
  }
  return `${m[1]}:${m[2]}:${m[3]}`;
}

/** `YYYY:MM:DD` or `YYYY-MM-DD` (+ optional `HH:MM[:SS]`) in the tenant zone → Date; null when it does not parse. */
export function parseCtDateTime(date: unknown, time: unknown, zone: string): Date | null {
  const d = str(date);
  if (!d) return null;
  const m = /^(\d{4})[:\-/](\d{2})[:\-/](\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(d.trim());
  if (!m) return null;
  const t = str(time);
  const tm = t ? /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t.trim()) : null;
  const dt = Luxon.fromObject(
    {
      year: +m[1]!,
      month: +m[2]!,
      day: +m[3]!,
      hour: +(tm?.[1] ?? m[4] ?? 0),
      minute: +(tm?.[2] ?? m[5] ?? 0),
      second: +(tm?.[3] ?? m[6] ?? 0),
    },
    { zone },
  );
  return dt.isValid ? dt.toJSDate() : null;
}

/** A Date → ClientTether's `YYYY:MM:DD` and `HH:MM:SS` in the tenant zone. */
export function toCtDateTime(at: Date, zone: string): { date: string; time: string } {
  const dt = Luxon.fromJSDate(at, { zone });
  return { date: dt.toFormat("yyyy:MM:dd"), time: dt.toFormat("HH:mm:ss") };
}

/** `at` as wall-clock time with its offset in `zone` (Event.startsAtLocal). */
export function localIso(at: Date | null, zone: string): string | null {
  return at ? Luxon.fromJSDate(at, { zone }).toISO({ suppressMilliseconds: true }) : null;
}
