#!/usr/bin/env node
// npm run kartra:send [-- --url http://127.0.0.1:4000 --secret <secret> --email a@b.c --status Completed
//                         --strings --no-content-type --count 3]
//
// Plays Kartra: POSTs a realistic `calendar_complete` webhook (the doc's example, with fresh
// ids and sessions tomorrow) to a running LeadGraph, the way Kartra does it — a raw JSON body.
// Defaults target the demo server (`npm start` with no tenants file) and its fixed secret.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const DEMO_SECRET = "demo-kartra-webhook-secret";
const { values: opts } = parseArgs({
  options: {
    url: { type: "string", default: process.env.LEADGRAPH_URL ?? `http://127.0.0.1:${process.env.PORT ?? 4000}` },
    secret: { type: "string", default: process.env.KARTRA_SECRET ?? DEMO_SECRET },
    email: { type: "string" },
    status: { type: "string", default: "Completed" },
    timezone: { type: "string", default: "America/Detroit" },
    strings: { type: "boolean", default: false },
    "no-content-type": { type: "boolean", default: false },
    count: { type: "string", default: "1" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (opts.help) {
  // the usage is the comment block at the top of this file, printed without its `//`
  const usage = readFileSync(new URL(import.meta.url), "utf8").split("\n").slice(1, 6);
  console.log(usage.map((line) => line.replace(/^\/\/ ?/, "")).join("\n"));
  process.exit(0);
}

const sample = JSON.parse(readFileSync(new URL("../src/vendors/kartra/fixtures/calendar-complete.json", import.meta.url), "utf8"));

const pad = (n) => String(n).padStart(2, "0");
const day = (offset) => {
  const d = new Date(Date.now() + offset * 86_400_000);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
const strings = (v) =>
  typeof v === "number" && Number.isInteger(v)
    ? String(v)
    : Array.isArray(v)
      ? v.map(strings)
      : v && typeof v === "object"
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, strings(x)]))
        : v;

const endpoint = `${opts.url.replace(/\/$/, "")}/webhooks/kartra/${encodeURIComponent(opts.secret)}`;
for (let i = 0; i < Number(opts.count); i++) {
  const body = structuredClone(sample);
  const n = Math.floor(Date.now() / 1000) % 1_000_000 + i;
  body.lead.id = 1000 + (n % 500);
  if (opts.email) body.lead.email = opts.email;
  const cal = body.action_details.calendar;
  cal.calendar_subscription_id = n;
  cal.calendar_subscription_status = opts.status;
  cal.vendor_timezone = opts.timezone;
  cal.events = [
    { event_date: `${day(1)} 09:00`, event_duration: 60 },
    { event_date: `${day(4)} 14:30`, event_duration: 90 },
  ];
  const payload = opts.strings ? strings(body) : body;
  let res;
  try {
    res = await fetch(endpoint, {
      method: "POST",
      headers: opts["no-content-type"] ? {} : { "content-type": "application/json" },
      body: JSON.stringify(payload),
    });
  } catch (e) {
    console.error(`kartra:send: cannot reach ${opts.url} (${e.cause?.code ?? e.message}). Is LeadGraph running (npm start)?`);
    process.exit(1);
  }
  const text = await res.text();
  console.log(`POST ${endpoint.replace(encodeURIComponent(opts.secret), "<secret>")} → ${res.status} ${text}`);
  if (!res.ok) process.exit(1);
  console.log(`  lead kartra:lead:${body.lead.id}, calendar kartra:calendar:${n}, ${cal.events.length} sessions in ${cal.vendor_timezone}`);
}
console.log(
  `\nSee it in the explorer (${opts.url}/explorer):\n` +
    "  { calendarCompletions(first: 5) { edges { node { status lead { email } " +
    "calendar { id sessions { startsAt startsAtLocal } } } } } }\n" +
    "or live: subscription { calendarCompleted { status lead { email } calendar { id } } }",
);
