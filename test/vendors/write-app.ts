import { hashApiKey, type Config, type Tenant } from "../../src/config.js";
import { DEFAULT_DELIVERY_POLICY } from "../../src/model/delivery.js";
import { startTestApp, demoTenant, type TestApp } from "../helpers/app.js";
import { COMUNIK8_DEMO_KEY, type Comunik8Simulator } from "../../src/vendors/comunik8/simulator.js";
import { TRACKDRIVE_DEMO_OFFER_TOKEN, type TrackdriveSimulator } from "../../src/vendors/trackdrive/simulator.js";

/**
 * The app with three tenants for the write fan-out tests (Comunik8, Trackdrive):
 * - `demo` (default key): US, every vendor on its simulator, Comunik8 lead types listed.
 * - `uk`: GB numbers, Comunik8 with no lead types listed (the vendor decides "Unknown Type"),
 *   Trackdrive with only an offer token.
 * - `partial`: Comunik8 only (Trackdrive not configured) and a Trackdrive token the vendor refuses on `badtoken`.
 */
const NO_RETRIES = { ...DEFAULT_DELIVERY_POLICY, retry: false };

export const UK_KEY = "lg_test_uk_3c1d";
export const PARTIAL_KEY = "lg_test_partial_77ab";
export const BADTOKEN_KEY = "lg_test_badtoken_91fe";
export const BAD_TD_TOKEN = "td-not-a-real-token-0000";

export interface WriteApp {
  app: TestApp;
  c8: Comunik8Simulator;
  td: TrackdriveSimulator;
}

/** `upstream`: per-vendor HTTP policy overrides (timeouts, breaker) for fault tests. */
export async function startWriteApp(opts: { upstream?: Config["server"]["upstream"] } = {}): Promise<WriteApp> {
  const app = await startTestApp({
    config: opts.upstream ? (c) => ({ ...c, server: { ...c.server, upstream: { ...c.server.upstream, ...opts.upstream } } }) : undefined,
    tenants: (sims) => {
      const c8 = sims.comunik8!;
      const td = sims.trackdrive!;
      const uk: Tenant = {
        id: "uk",
        apiKeys: [hashApiKey(UK_KEY)],
        defaultCountry: "GB",
        timezone: "Europe/London",
        vendors: {
          comunik8: { baseUrl: c8.url, key: COMUNIK8_DEMO_KEY },
          trackdrive: { baseUrl: td.url, leadToken: TRACKDRIVE_DEMO_OFFER_TOKEN },
        } as Tenant["vendors"],
      };
      const partial: Tenant = {
        id: "partial",
        apiKeys: [hashApiKey(PARTIAL_KEY)],
        defaultCountry: "US",
        timezone: "America/New_York",
        vendors: { comunik8: { baseUrl: c8.url, key: COMUNIK8_DEMO_KEY, defaultType: "motor-trade" } } as Tenant["vendors"],
      };
      const badtoken: Tenant = {
        id: "badtoken",
        apiKeys: [hashApiKey(BADTOKEN_KEY)],
        defaultCountry: "US",
        timezone: "America/New_York",
        vendors: { trackdrive: { baseUrl: td.url, leadToken: BAD_TD_TOKEN } } as Tenant["vendors"],
      };
      // These suites pin each vendor's wire and its answers' mapping, one attempt per request: the
      // outbox's background retries (test/delivery) stay off, so a FAILED here is the vendor's answer.
      return [demoTenant(sims), uk, partial, badtoken].map((t) => ({ ...t, delivery: NO_RETRIES }));
    },
  });
  return { app, c8: app.simulators.comunik8 as Comunik8Simulator, td: app.simulators.trackdrive as TrackdriveSimulator };
}

const DELIVERY =
  `vendor status message nativeId fieldErrors { field message } error { code message vendorCode retryAfterSeconds } details ` +
  `assignedNumbers { dialing sms } lead { id nativeId phone email firstName lastName company customFields { key value } }`;

export const CREATE_LEAD = `mutation($input: LeadInput!, $targets: [Vendor!], $options: CreateLeadOptions) {
  createLead(input: $input, targets: $targets, options: $options) { ok deliveries { ${DELIVERY} } }
}`;

export const VALIDATE_LEAD = `mutation($input: LeadInput!, $targets: [Vendor!], $options: CreateLeadOptions) {
  validateLead(input: $input, targets: $targets, options: $options) { ok deliveries { ${DELIVERY} } }
}`;

export const CANCEL_LEAD = `mutation($input: CancelLeadInput!, $targets: [Vendor!]) {
  cancelLead(input: $input, targets: $targets) { ok deliveries { ${DELIVERY} } }
}`;

export const SCHEDULE_CALLBACK =
  `mutation($lead: LeadInput!, $at: DateTime, $inSeconds: Int, $targets: [Vendor!], $options: CreateLeadOptions) {
  scheduleCallback(lead: $lead, at: $at, inSeconds: $inSeconds, targets: $targets, options: $options) { ok deliveries { ${DELIVERY} } }
}`;
