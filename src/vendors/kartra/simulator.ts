import { existsSync, readFileSync } from "node:fs";
import { startSimulator, type Simulator } from "../../simulators/harness.js";
import type { KartraConfig } from "./config.js";
import type { VendorServices } from "../types.js";
import { payloadHash, receive } from "./inbox.js";

/**
 * A tiny "Kartra": Kartra only pushes (outbound webhooks), so its simulator is a sender. It
 * keeps the deliveries it made and can POST a realistic `calendar_complete` to any URL:
 *   POST /send { url, payload?, contentType?, numbers?: "strings" | "integers", overrides? }
 * → { status, body } of the receiver's answer. Demo mode binds the demo tenant to a fixed
 * secret so `npm run kartra:send` works without configuration.
 */
export const DEMO_KARTRA_SECRET = "demo-kartra-webhook-secret";

// tsc copies no JSON: `npm run build` copies the fixtures beside the compiled file
// (scripts/copy-assets.mjs, so a release tree without src/ has them); other compiled builds
// (dist-bench/src/) read them from src/.
const sourceDir = existsSync(new URL("./fixtures/", import.meta.url))
  ? import.meta.url
  : import.meta.url.replace(/\/dist(?:-bench\/src)?\//, "/src/");
const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, sourceDir), "utf8")) as Record<string, unknown>;

/** Kartra's own full example sends numbers as strings ("id": "1"); turn every integer into a string. */
export function numbersAsStrings(v: unknown): unknown {
  if (typeof v === "number" && Number.isInteger(v)) return String(v);
  if (Array.isArray(v)) return v.map(numbersAsStrings);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, numbersAsStrings(x)]));
  return v;
}

export interface SampleOptions {
  leadId?: number;
  email?: string;
  subscriptionId?: number;
  status?: string;
  /** Wall-clock session dates in vendor_timezone ("YYYY-mm-dd HH:MM") and minutes. */
  events?: { event_date: string; event_duration: number }[];
  vendorTimezone?: string;
  numbers?: "strings" | "integers";
}

/** The doc's calendar_complete example (fixtures/calendar-complete.json) with overrides. */
export function sampleCalendarComplete(o: SampleOptions = {}): Record<string, unknown> {
  type Sample = { lead: Record<string, unknown>; action_details: { calendar: Record<string, unknown> } };
  const p = structuredClone(fixture("calendar-complete.json")) as Sample;
  if (o.leadId != null) p.lead.id = o.leadId;
  if (o.email != null) p.lead.email = o.email;
  const cal = p.action_details.calendar;
  if (o.subscriptionId != null) cal.calendar_subscription_id = o.subscriptionId;
  if (o.status != null) cal.calendar_subscription_status = o.status;
  if (o.events) cal.events = o.events;
  if (o.vendorTimezone) cal.vendor_timezone = o.vendorTimezone;
  return (o.numbers === "strings" ? numbersAsStrings(p) : p) as Record<string, unknown>;
}

/** POST a webhook body the way Kartra does: raw JSON body, Content-Type as chosen (undocumented). */
export async function postKartraWebhook(
  url: string,
  payload: unknown,
  contentType: string | null = "application/json",
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, {
    method: "POST",
    headers: contentType ? { "content-type": contentType } : {},
    body: typeof payload === "string" ? payload : JSON.stringify(payload),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body };
}

export async function startKartraSimulator(opts: { seed?: boolean; port?: number } = {}): Promise<Simulator> {
  let sent: { url: string; status: number }[] = [];
  return startSimulator(
    {
      name: "kartra",
      reset: () => {
        sent = [];
      },
      routes: [
        {
          name: "send",
          method: "POST",
          path: "/send",
          async handle(req) {
            const b = (req.body ?? {}) as { url?: string; payload?: unknown; contentType?: string | null } & SampleOptions;
            if (!b.url) return { status: 400, body: { error: "url is required" } };
            const payload = b.payload ?? sampleCalendarComplete(b);
            const out = await postKartraWebhook(b.url, payload, b.contentType === undefined ? "application/json" : b.contentType);
            sent.push({ url: b.url.replace(/\/webhooks\/kartra\/[^/?]+/, "/webhooks/kartra/***"), status: out.status });
            return { body: out };
          },
        },
        { name: "sent", method: "GET", path: "/sent", handle: () => ({ body: { sent } }) },
      ],
    },
    opts,
  );
}

export const kartraSimulator = {
  start: startKartraSimulator,
  demoConfig: (_sim: Simulator): KartraConfig => ({ webhookSecret: DEMO_KARTRA_SECRET }),
};

/**
 * Demo data: a tenant bound to the demo secret starts with two completions in its inbox, so the
 * explorer has Kartra leads, calendars and sessions to show before anything is sent. Stored
 * through the same inbox path (idempotent: a restart adds nothing), never published.
 */
export const DEMO_SEED: SampleOptions[] = [
  {
    leadId: 9001,
    email: "ava.demo@example.com",
    subscriptionId: 90001,
    events: [
      { event_date: "2026-03-06 09:00", event_duration: 60 },
      { event_date: "2026-03-09 09:00", event_duration: 60 },
    ],
  },
  { leadId: 9002, email: "ben.demo@example.com", subscriptionId: 90002, events: [{ event_date: "2026-11-01 01:30", event_duration: 45 }] },
];

export async function seedDemoCompletions(services: VendorServices): Promise<void> {
  for (const tenant of services.tenants) {
    if ((tenant.vendors as { kartra?: KartraConfig }).kartra?.webhookSecret !== DEMO_KARTRA_SECRET) continue;
    for (const o of DEMO_SEED) {
      type Seed = { lead: { id: number; email: string }; action_details: { calendar: Record<string, unknown> } };
      const body = sampleCalendarComplete(o) as Seed;
      const cal = body.action_details.calendar;
      await receive(
        services.store,
        {
          tenantId: tenant.id,
          action: "calendar_complete",
          payload: JSON.stringify(body),
          leadId: String(body.lead.id),
          email: body.lead.email,
          leadJson: JSON.stringify(body.lead),
          calendarId: String(cal.calendar_id),
          classId: String(cal.class_id),
          subscriptionId: String(cal.calendar_subscription_id),
          status: String(cal.calendar_subscription_status),
        },
        payloadHash(body),
      );
    }
  }
}
