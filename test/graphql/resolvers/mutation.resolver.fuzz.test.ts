import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEchoApp, type EchoApp } from "../../fixtures/echo-app.js";
import { startTestApp, type TestApp } from "../../helpers/app.js";
import { demoTenant } from "../../../src/app.js";
import { DEFAULT_DELIVERY_POLICY } from "../../../src/model/delivery.js";
import { PROPEXO_SIM_APPLICANTS, PROPEXO_SIM_EVENT_TYPES } from "../../../src/vendors/propexo/simulator.js";
import { DEFAULT_INPUT_LIMITS } from "../../../src/server/input-limits.js";

/**
 * Hostile and random input at every mutation the echo vendor serves: never a 500, never a
 * crash, never a vendor call carrying data that breaks the generic input rules.
 */
const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "\u202Eevil",
    "\uD800",
    "💥".repeat(50),
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "${jndi:ldap://x}",
    "__proto__",
    "\r\n\t",
    "",
  ),
  fc.nat({ max: 4 }).map((n) => "x".repeat([10, 9_999, 10_000, 10_001, 200_000][n]!)),
);

const protoKeys = fc
  .constantFrom(
    '{"__proto__":{"polluted":1}}',
    '{"constructor":{"prototype":{"polluted":1}}}',
    '{"a":{"__proto__":{"polluted":1}}}',
    '{"prototype":1}',
  )
  .map((s) => JSON.parse(s) as unknown);
const deepJson = fc.nat({ max: 40 }).map((n) => JSON.parse(`${'{"a":'.repeat(n)}1${"}".repeat(n)}`) as unknown);
const hostileJson = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  protoKeys,
  deepJson,
  fc.dictionary(hostileString, hostileString, { maxKeys: 5 }),
);

const phone = fc.oneof(hostileString, fc.constantFrom("303 555 0199", "+44 7840 258823", "(303) 555-0100", "12", "+1", "0000000000"));
const email = fc.oneof(fc.constant(null), fc.emailAddress(), hostileString);

const leadInput = fc.record(
  {
    firstName: fc.option(hostileString),
    lastName: fc.option(hostileString),
    email,
    phone: fc.option(phone),
    company: fc.option(hostileString),
    externalId: fc.option(hostileString),
    tags: fc.option(fc.array(hostileString, { maxLength: 5 })),
    customFields: fc.option(fc.array(fc.record({ key: hostileString, value: fc.option(hostileString) }), { maxLength: 5 })),
    extra: fc.option(hostileJson),
  },
  { requiredKeys: [] },
);

/**
 * Leads and events every rule accepts, mixed in at a fixed weight: the "valid input did reach the
 * vendor" checks below then hold on every seed (purely random input is valid too rarely to count on).
 */
const validLead = fc.record({
  firstName: fc.constantFrom("Ada", "Grace", "Émilie"),
  lastName: fc.constantFrom("Lovelace", "Hopper", "du Châtelet"),
  email: fc.emailAddress(),
  phone: fc.constantFrom("303 555 0199", "(303) 555-0100", "+44 7840 258823"),
});
const withValid = <V, R>(valid: fc.Arbitrary<V>, random: fc.Arbitrary<R>): fc.Arbitrary<V | R> =>
  fc.oneof<(fc.Arbitrary<V | R> | fc.WeightedArbitrary<V | R>)[]>({ weight: 3, arbitrary: random }, { weight: 1, arbitrary: valid });

const randomEventInput = fc.record({
  type: fc.constantFrom("CALL", "APPOINTMENT", "NOTE", "BOGUS"),
  title: fc.option(hostileString),
  startsAt: fc.oneof(fc.constant("2030-01-01T10:00:00Z"), hostileString, fc.date({ noInvalidDate: true }).map((d) => d.toISOString())),
  extra: fc.option(hostileJson),
});
const eventInput = withValid(
  fc.record({
    type: fc.constantFrom("CALL", "APPOINTMENT"),
    title: fc.constantFrom("Intro call", "Viewing"),
    startsAt: fc.constant("2030-01-01T10:00:00Z"),
    extra: fc.constant(null),
  }),
  randomEventInput,
);

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/** What no vendor may ever receive. */
function invalidOnTheWire(value: unknown, depth = 0): string | undefined {
  if (typeof value === "string") {
    if (value.length > DEFAULT_INPUT_LIMITS.maxStringLength) return "string too long";
    if (CONTROL.test(value)) return "control character";
    return undefined;
  }
  if (!value || typeof value !== "object") return undefined;
  if (depth > DEFAULT_INPUT_LIMITS.maxInputDepth + 2) return "too deep";
  for (const k of Object.keys(value)) {
    if (k === "__proto__" || k === "constructor" || k === "prototype") return `key ${k}`;
    const bad = invalidOnTheWire((value as Record<string, unknown>)[k], depth + 1);
    if (bad) return bad;
  }
  return undefined;
}

/**
 * Wire fields that are JSON text our mapper composes from several inputs (Comunik8's lead/add
 * `data`: "valid JSON string"): the generic rules hold for what is inside, not for the text as a
 * whole, which may exceed one input string's limit (five tags of 9,999 characters) and hides a
 * control character behind an escape.
 */
const JSON_TEXT_FIELDS: Record<string, string[]> = { lead_add: ["data"] };

function invalidCall(route: string, part: unknown): string | undefined {
  const fields = JSON_TEXT_FIELDS[route];
  if (!fields || !part || typeof part !== "object") return invalidOnTheWire(part);
  const rest: Record<string, unknown> = { ...(part as Record<string, unknown>) };
  for (const f of fields) {
    const text = rest[f];
    delete rest[f];
    if (text === undefined) continue;
    if (typeof text !== "string") return `${f} is not JSON text`;
    const bad = invalidOnTheWire(JSON.parse(text) as unknown, 1);
    if (bad) return `${f}: ${bad}`;
  }
  return invalidOnTheWire(rest);
}

describe("fuzz: hostile input at every mutation", () => {
  let e: EchoApp;
  beforeAll(async () => {
    e = await startEchoApp();
  });
  afterAll(() => e.close());

  const check = async (query: string, variables: Record<string, unknown>) => {
    const before = e.sim.callCount();
    const res = await e.app.gql(query, variables);
    expect(res.status).not.toBe(500);
    for (const err of res.body.errors ?? []) expect(err.extensions?.code).not.toBe("INTERNAL_SERVER_ERROR");
    if (res.body.errors?.length) expect(e.sim.callCount()).toBe(before);
    for (const call of e.sim.calls().slice(before)) {
      expect(invalidOnTheWire(call.body), JSON.stringify(call.body)?.slice(0, 200)).toBeUndefined();
      const phone = (call.body as { phone?: string | null } | undefined)?.phone;
      if (phone != null) expect(phone).toMatch(/^\+\d{6,15}$/);
    }
    return res;
  };

  const LEAD = (op: "createLead" | "validateLead") =>
    `mutation($input: LeadInput!) { ${op}(input: $input, targets: [COMUNIK8]) { ok deliveries { status error { code } } } }`;

  it("createLead", async () => {
    await fc.assert(
      fc.asyncProperty(withValid(validLead, leadInput), (input) => check(LEAD("createLead"), { input }).then(() => true)),
      { numRuns: 150 },
    );
    // not vacuous: valid leads among the noise did reach the vendor
    expect(e.sim.callCount("create_lead") + e.sim.callCount("upsert_lead")).toBeGreaterThan(5);
  });

  it("validateLead never calls the vendor", async () => {
    const before = e.sim.callCount();
    await fc.assert(fc.asyncProperty(leadInput, (input) => check(LEAD("validateLead"), { input }).then(() => true)), { numRuns: 100 });
    expect(e.sim.callCount()).toBe(before);
  });

  it("createEvent", async () => {
    const q = `mutation($input: EventInput!) { createEvent(input: $input, target: COMUNIK8) { ok deliveries { status } } }`;
    await fc.assert(fc.asyncProperty(eventInput, (input) => check(q, { input }).then(() => true)), { numRuns: 100 });
    expect(e.sim.callCount("create_event")).toBeGreaterThan(5);
  });

  const globalId = fc.oneof(
    hostileString,
    fc.constantFrom(
      "comunik8:lead:1",
      "comunik8:lead:999",
      "comunik8:event:1",
      "nope:lead:1",
      "comunik8:lead:\u0000",
      "comunik8:lead:../../etc/passwd",
    ),
  );

  it("updateLead", async () => {
    const q = `mutation($id: ID!, $input: LeadInput!) { updateLead(id: $id, input: $input) { ok deliveries { status } } }`;
    await fc.assert(fc.asyncProperty(globalId, leadInput, (id, input) => check(q, { id, input }).then(() => true)), { numRuns: 80 });
  });

  it("deleteLead", async () => {
    const q = `mutation($id: ID!) { deleteLead(id: $id) { ok deliveries { status } } }`;
    await fc.assert(fc.asyncProperty(globalId, (id) => check(q, { id }).then(() => true)), { numRuns: 60 });
  });

  it("cancelLead", async () => {
    const q = `mutation($input: CancelLeadInput!) { cancelLead(input: $input, targets: [COMUNIK8]) { ok deliveries { status } } }`;
    await fc.assert(
      fc.asyncProperty(fc.record({ phone, type: fc.option(hostileString) }), (input) => check(q, { input }).then(() => true)),
      { numRuns: 60 },
    );
  });

  it("scheduleCallback", async () => {
    const q =
      `mutation($lead: LeadInput!, $at: DateTime, $in: Int) { ` +
      `scheduleCallback(lead: $lead, at: $at, inSeconds: $in, targets: [COMUNIK8]) { ok deliveries { status } } }`;
    const at = fc.option(fc.oneof(hostileString, fc.date({ noInvalidDate: true }).map((d) => d.toISOString())));
    const inSeconds = fc.option(fc.oneof(fc.integer(), fc.constantFrom(-1, 0, 60, 2 ** 31 - 1)));
    const args = withValid(fc.tuple(validLead, fc.constant(null), fc.constantFrom(60, 3600)), fc.tuple(leadInput, at, inSeconds));
    await fc.assert(fc.asyncProperty(args, ([lead, a, s]) => check(q, { lead, at: a, in: s }).then(() => true)), { numRuns: 80 });
    expect(e.sim.callCount("schedule_callback")).toBeGreaterThan(0);
  });

  it("leaves the process healthy and Object.prototype clean", async () => {
    expect((await fetch(`${e.app.url}/healthz`)).status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });
});

/**
 * The same properties through the real adapters on the demo tenant: ClientTether's own
 * mutations, the fan-out with every vendor's options, Entrata events. Whatever comes in, no
 * vendor simulator ever receives a value breaking the generic input rules, and an answer with
 * errors sent nothing anywhere.
 */
describe("fuzz: hostile input through the real vendor adapters (demo tenant)", () => {
  let app: TestApp;
  beforeAll(async () => {
    // one attempt per request: a vendor's 5xx on hostile input would otherwise be retried in the
    // background and reach the simulators while a later property counts their calls
    app = await startTestApp({
      env: { LOG_LEVEL: "silent" },
      tenants: (sims) => [{ ...demoTenant(sims), delivery: { ...DEFAULT_DELIVERY_POLICY, retry: false } }],
    });
  });
  afterAll(() => app.close());

  const calls = () => Object.values(app.simulators).flatMap((sim) => sim.calls());
  // Entrata write-status is polled in the background for each job a createEvent started (issue 15)
  const BACKGROUND = new Set(["write_status"]);
  /** The calls made since `before` (per simulator: one vendor's call must not shift another's). */
  const since = (before: number[]) =>
    Object.values(app.simulators)
      .flatMap((sim, i) => sim.calls().slice(before[i]))
      .filter((c) => !BACKGROUND.has(c.route));
  const counts = () => Object.values(app.simulators).map((sim) => sim.calls().length);
  /** Not vacuous: some of the generated inputs were valid and did reach the vendor. */
  const reached = (route: string) => calls().filter((c) => c.route === route).length;
  const check = async (query: string, variables: Record<string, unknown>) => {
    const before = counts();
    const res = await app.gql(query, variables);
    expect(res.status).not.toBe(500);
    for (const err of res.body.errors ?? []) expect(err.extensions?.code).not.toBe("INTERNAL_SERVER_ERROR");
    const made = since(before);
    if (res.body.errors?.length) expect(made.map((c) => c.route)).toEqual([]);
    for (const call of made) {
      for (const part of [call.body, call.query])
        expect(invalidCall(call.route, part), `${call.route}: ${JSON.stringify(part)?.slice(0, 200)}`).toBeUndefined();
    }
    return true;
  };
  const LEAD_ID = "clienttether:lead:8051632";
  const P = "ok delivery { status }";
  const leadId = fc.oneof({ weight: 3, arbitrary: fc.constant(LEAD_ID) }, { weight: 1, arbitrary: hostileString });

  it("ClientTether: addNote, sendText, sendEmail", async () => {
    await fc.assert(
      fc.asyncProperty(leadId, hostileString, (id, body) =>
        check(`mutation($id: ID!, $b: String!) { addNote(leadId: $id, body: $b) { ${P} } }`, { id, b: body }),
      ),
      { numRuns: 40 },
    );
    await fc.assert(
      fc.asyncProperty(leadId, hostileString, (id, body) =>
        check(`mutation($i: ClientTetherSendTextInput!) { sendText(input: $i) { ${P} } }`, { i: { leadId: id, body } }),
      ),
      { numRuns: 40 },
    );
    await fc.assert(
      fc.asyncProperty(leadId, hostileString, hostileString, fc.option(fc.array(email, { maxLength: 3 })), (id, subject, body, cc) =>
        check(`mutation($i: ClientTetherSendEmailInput!) { sendEmail(input: $i) { ${P} } }`, { i: { leadId: id, subject, body, cc } }),
      ),
      { numRuns: 40 },
    );
    for (const route of ["create_client_history_note", "create_manual_text", "create_manual_email"])
      expect(reached(route), route).toBeGreaterThan(0);
  });

  it("ClientTether: createTag, createLeadSource, updateLead, createEvent", async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, (v) => check(`mutation($v: String!) { createTag(value: $v) { ${P} } }`, { v })),
      { numRuns: 30 },
    );
    await fc.assert(
      fc.asyncProperty(hostileString, (n) => check(`mutation($n: String!) { createLeadSource(name: $n) { ${P} } }`, { n })),
      { numRuns: 30 },
    );
    const update = withValid(
      fc.tuple(fc.constant(LEAD_ID), fc.record({ firstName: fc.constantFrom("Zed", "Ada"), company: fc.constantFrom("Acme", "Initech") })),
      fc.tuple(leadId, leadInput),
    );
    await fc.assert(
      fc.asyncProperty(update, ([id, input]) =>
        check(`mutation($id: ID!, $i: LeadInput!) { updateLead(id: $id, input: $i) { ok } }`, { id, i: input }),
      ),
      { numRuns: 40 },
    );
    const validCall = fc.record({
      leadId: fc.constant(LEAD_ID),
      type: fc.constant("CALL"),
      title: fc.constantFrom("Ring back", "Quote call"),
      startsAt: fc.constant("2030-01-01T10:00:00Z"),
    });
    const random = fc
      .tuple(leadId, eventInput, fc.option(hostileString))
      .map(([id, input, userId]) => ({ ...(input as object), leadId: id, userId }));
    await fc.assert(
      fc.asyncProperty(withValid(validCall, random), (i) =>
        check(`mutation($i: EventInput!) { createEvent(input: $i, target: CLIENTTETHER) { ok } }`, { i }),
      ),
      { numRuns: 40 },
    );
    for (const route of ["create_tag", "create_lead_source", "update_client_by_id", "create_client_event"])
      expect(reached(route), route).toBeGreaterThan(0);
  });

  it("createLead to every writer, with each vendor's options", async () => {
    const targets = fc.subarray(["CLIENTTETHER", "COMUNIK8", "TRACKDRIVE"], { minLength: 1 });
    const int = fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 31 - 1));
    const options = fc.record(
      {
        clienttether: fc.record(
          {
            actionPlanId: hostileString,
            assignedUserId: hostileString,
            clientCategory: hostileString,
            dealSize: int,
            facebook: hostileString,
            custom: fc.array(fc.record({ key: hostileString, value: fc.option(hostileString) }), { maxLength: 3 }),
          },
          { requiredKeys: [] },
        ),
        comunik8: fc.record({ type: hostileString, subtype: hostileString, delaySeconds: int, data: hostileJson }, { requiredKeys: [] }),
        trackdrive: fc.record(
          { applyTo: hostileString, contactFieldType: hostileString, leadPriority: int, hoursToExpire: int, data: hostileJson },
          { requiredKeys: [] },
        ),
        dedupe: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    // valid and new to every vendor (no demo seed has a 719 number): these go out
    const fresh = fc.tuple(
      fc.record({
        firstName: fc.constant("Ivy"),
        lastName: fc.constant("Quill"),
        email: fc.emailAddress(),
        phone: fc.integer({ min: 1000, max: 9999 }).map((n) => `(719) 555-${n}`),
      }),
      fc.constant(["CLIENTTETHER", "COMUNIK8", "TRACKDRIVE"]),
      fc.constant({ dedupe: false }),
    );
    await fc.assert(
      fc.asyncProperty(withValid(fresh, fc.tuple(leadInput, targets, options)), ([input, t, o]) =>
        check(`mutation($i: LeadInput!, $t: [Vendor!], $o: CreateLeadOptions) { createLead(input: $i, targets: $t, options: $o) { ok } }`, {
          i: input,
          t,
          o,
        }),
      ),
      {
        numRuns: 80,
        // seen failing at random: two long tags, valid each, made Comunik8's `data` text 20 KB
        examples: [
          [
            [
              {
                firstName: "Ivy",
                lastName: "Quill",
                phone: "(719) 555-4242",
                email: "ivy@example.com",
                tags: ["x".repeat(9_999), "y".repeat(9_999)],
              },
              ["COMUNIK8"],
              {},
            ],
          ],
        ],
      },
    );
    for (const route of ["create_client", "lead_add", "leads_create_or_update"]) expect(reached(route), route).toBeGreaterThan(0);
  });

  it("Entrata events", async () => {
    const entrata = fc.record(
      {
        applicantId: hostileString,
        eventTypeId: hostileString,
        callFrom: fc.option(phone),
        callTo: fc.option(phone),
        emailTo: fc.option(email),
        applicantEmail: fc.option(email),
        emailSubject: fc.option(hostileString),
        emailBody: fc.option(hostileString),
      },
      { requiredKeys: ["applicantId", "eventTypeId"] },
    );
    const jane = PROPEXO_SIM_APPLICANTS[0]!;
    const validCall = fc.constant({
      type: "CALL",
      title: "Follow-up call",
      startsAt: "2024-01-15T16:30:00Z",
      entrata: {
        applicantId: jane.id,
        eventTypeId: PROPEXO_SIM_EVENT_TYPES.call,
        callFrom: "(303) 929-1447",
        callTo: "+1 720 555 0134",
        callStatus: "ANSWER",
        callDurationSeconds: 90,
        callAudioLink: "https://recordings.example.com/calls/1.mp3",
      },
    });
    const random = fc.tuple(eventInput, entrata).map(([input, x]) => ({ ...(input as object), entrata: x }));
    await fc.assert(
      fc.asyncProperty(withValid(validCall, random), (i) =>
        check(`mutation($i: EventInput!) { createEvent(input: $i, target: ENTRATA) { ok } }`, { i }),
      ),
      { numRuns: 50 },
    );
    expect(reached("create_applicant_event_entrata")).toBeGreaterThan(0);
  });
});
