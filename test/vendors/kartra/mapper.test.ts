import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { validateKartraWebhook } from "../../../src/vendors/kartra/schema.js";
import {
  sessionStart,
  toCalendar,
  toCustomField,
  toLead,
  toSessionEvent,
  kartraPhoneE164,
  parseDateJoined,
  completionCursor,
  parseCompletionCursor,
  toForwardLeadInput,
  toForwarding,
} from "../../../src/vendors/kartra/mapper.js";
import { numbersAsStrings } from "../../../src/vendors/kartra/simulator.js";
import { payloadHash } from "../../../src/vendors/kartra/inbox.js";
import { backoffMs } from "../../../src/delivery/policy.js";
import { delivery, DeliveryStatus } from "../../../src/model/delivery.js";
import type { ForwardingRow } from "../../../src/vendors/kartra/inbox.js";

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../src/vendors/kartra/fixtures/${name}`, import.meta.url), "utf8"));

function parsed(body: unknown) {
  const v = validateKartraWebhook(body);
  if (!v.ok || v.kind !== "calendar_complete") throw new Error(JSON.stringify(v));
  return v.data;
}

describe("Kartra mapper", () => {
  it("maps every documented lead field, GDPR codes and typed custom fields", () => {
    const body = fixture("calendar-complete.json");
    const lead = toLead(parsed(body).lead, body.lead, "US");
    expect({ ...lead, raw: undefined }).toMatchInlineSnapshot(`
      {
        "address": {
          "city": "Detroit",
          "country": "US",
          "postalCode": "48226",
          "state": "MI",
          "street": "1 Woodward Ave",
        },
        "company": "Acme Detroit",
        "createdAt": 2020-11-30T19:05:00.000Z,
        "customFields": [
          {
            "key": "goal",
            "label": null,
            "raw": "Lose 10 lbs",
            "type": "input_field",
            "value": "Lose 10 lbs",
            "values": [
              "Lose 10 lbs",
            ],
          },
          {
            "key": "notes",
            "label": null,
            "raw": "Prefers mornings",
            "type": "text_area",
            "value": "Prefers mornings",
            "values": [
              "Prefers mornings",
            ],
          },
          {
            "key": "plan",
            "label": null,
            "raw": [
              {
                "option_id": 3,
                "option_value": "Gold",
              },
            ],
            "type": "dropdown",
            "value": "Gold",
            "values": [
              "Gold",
            ],
          },
          {
            "key": "interests",
            "label": null,
            "raw": [
              {
                "option_id": 7,
                "option_value": "Yoga",
              },
              {
                "option_id": 8,
                "option_value": "Pilates",
              },
            ],
            "type": "checkbox",
            "value": "Yoga, Pilates",
            "values": [
              "Yoga",
              "Pilates",
            ],
          },
        ],
        "email": "jane.doe@example.com",
        "externalId": null,
        "firstName": "Jane",
        "id": "kartra:lead:1",
        "jobTitle": null,
        "kartra": {
          "blacklisted": false,
          "dateJoined": "2020-11-30 14:05:00",
          "facebook": "jane.doe",
          "gdpr": {
            "communications": "AGREED",
            "communicationsCode": 0,
            "status": "ACCEPTED",
            "statusCode": 2,
            "statusDate": "2020-11-30 14:05:00",
            "statusIp": "203.0.113.7",
          },
          "ip": "203.0.113.7",
          "ipCountry": "US",
          "lastName2": "Smith",
          "leadPicture": null,
          "linkedin": "in/janedoe",
          "phoneCountryCode": "+1",
          "preferredTimeZone": "America/Detroit",
          "referringId": 0,
          "salesTaxId": null,
          "sourceId": 4,
          "twitter": "@janedoe",
          "website": "https://acme.example.com",
        },
        "lastName": "Doe",
        "middleName": "Q",
        "nativeId": "1",
        "phone": "+13135550142",
        "raw": undefined,
        "score": 12,
        "secondaryPhone": null,
        "source": "Facebook ad",
        "tags": [],
        "updatedAt": null,
        "vendor": "KARTRA",
      }
    `);
    expect(lead.raw).toBe(body.lead);
  });

  it("maps the string-typed example exactly like the integer-typed one", () => {
    const ints = fixture("calendar-complete.json");
    const a = parsed(ints);
    const b = parsed(numbersAsStrings(ints));
    expect(b).toEqual(a);
    const s = parsed(fixture("calendar-complete-strings.json"));
    expect(s.lead).toMatchObject({ id: 1, score: 0, gdpr_lead_status: 5, gdpr_lead_communications: 1, google_plus: "", lead_deleted: "0" });
    expect(toLead(s.lead, {}, "US").kartra.gdpr).toMatchObject({ status: "PENDING", communications: "NOT_AGREED" });
  });

  it("types custom fields by field_type: a string for input_field/text_area, options otherwise", () => {
    const area = toCustomField({ field_id: 1, field_identifier: "a", field_type: "text_area", field_value: "x" });
    expect(area).toMatchObject({ value: "x", values: ["x"] });
    const none = toCustomField({ field_id: 1, field_identifier: "b", field_type: "checkbox", field_value: [] });
    expect(none).toMatchObject({ value: null, values: [] });
  });

  it("maps the calendar with hosts and one CALENDAR_SESSION per event", () => {
    const cal = toCalendar(parsed(fixture("calendar-complete.json")).action_details.calendar, "kartra:lead:1");
    expect(cal).toMatchObject({
      id: "kartra:calendar:123",
      nativeId: "123",
      calendarName: "Coaching calendar",
      className: "Intro coaching",
      status: "Completed",
      leadId: "kartra:lead:1",
    });
    expect(cal.hosts).toEqual([
      { firstName: "host", lastName: "host", email: "host@example.com" },
      { firstName: "co-host", lastName: "co-host", email: "cohost@example.com" },
    ]);
    expect(cal.sessions.map((e) => e.id)).toEqual(["kartra:event:123.0", "kartra:event:123.1"]);
  });

  describe("event_date in vendor_timezone → instant (DST-correct)", () => {
    const at = (d: string, zone: string) => sessionStart(d, zone)!.toUTC().toISO();
    it("uses standard time in winter and daylight time in summer", () => {
      expect(at("2020-12-11 09:00", "America/Detroit")).toBe("2020-12-11T14:00:00.000Z");
      expect(at("2021-07-01 09:00", "America/Detroit")).toBe("2021-07-01T13:00:00.000Z");
    });
    it("switches offset on the day of the change (2021-03-14 and 2021-11-07 in America/Detroit)", () => {
      expect(at("2021-03-14 01:30", "America/Detroit")).toBe("2021-03-14T06:30:00.000Z");
      expect(at("2021-03-14 03:30", "America/Detroit")).toBe("2021-03-14T07:30:00.000Z");
      expect(at("2021-11-07 00:30", "America/Detroit")).toBe("2021-11-07T04:30:00.000Z");
      expect(at("2021-11-07 03:00", "America/Detroit")).toBe("2021-11-07T08:00:00.000Z");
    });
    it("moves a wall time inside the spring-forward gap forward, and takes the first of an ambiguous fall-back hour", () => {
      expect(at("2021-03-14 02:30", "America/Detroit")).toBe("2021-03-14T07:30:00.000Z");
      expect(at("2021-11-07 01:30", "America/Detroit")).toBe("2021-11-07T05:30:00.000Z");
    });
    it("honours southern-hemisphere and non-US rules", () => {
      expect(at("2021-01-10 09:00", "Australia/Sydney")).toBe("2021-01-09T22:00:00.000Z");
      expect(at("2021-03-28 02:30", "Europe/London")).toBe("2021-03-28T02:30:00.000Z".replace("02:30", "01:30"));
    });
    it("computes endsAt from event_duration minutes across a DST change (elapsed time, not wall time)", () => {
      const cal = parsed(fixture("calendar-complete.json")).action_details.calendar;
      const session = { event_date: "2021-11-07 00:30", event_duration: 120 };
      const ev = toSessionEvent({ ...cal, vendor_timezone: "America/Detroit" }, session, 0, null);
      expect(ev.startsAt!.toISOString()).toBe("2021-11-07T04:30:00.000Z");
      expect(ev.endsAt!.toISOString()).toBe("2021-11-07T06:30:00.000Z");
      expect(ev.startsAtLocal).toBe("2021-11-07T00:30:00-04:00");
      expect(ev.sourceTimeZone).toBe("America/Detroit");
    });
  });

  it("builds E.164 phones from Kartra's split country code and number", () => {
    expect(kartraPhoneE164("+44", "07840 258823", "US")).toBe("+447840258823");
    expect(kartraPhoneE164("1", "(313) 555-0142", "US")).toBe("+13135550142");
    expect(kartraPhoneE164("", "313-555-0142", "US")).toBe("+13135550142");
    expect(kartraPhoneE164("+1", "", "US")).toBeNull();
  });

  it("reads date_joined as Eastern time", () => {
    expect(parseDateJoined("2020-07-01 12:00:00")!.toISOString()).toBe("2020-07-01T16:00:00.000Z");
    expect(parseDateJoined("")).toBeNull();
    expect(parseDateJoined("garbage")).toBeNull();
  });

  it("round-trips cursors and refuses foreign ones", () => {
    expect(parseCompletionCursor(completionCursor(42))).toBe(42);
    expect(parseCompletionCursor(Buffer.from("o:3").toString("base64url"))).toBeNull();
  });

  it("hashes payloads independently of key order and whitespace", () => {
    expect(payloadHash({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(payloadHash(JSON.parse('{"b":[1,{"d":3,"c":2}],  "a":1}')));
    expect(payloadHash({ a: 1 })).not.toBe(payloadHash({ a: "1" }));
  });

  it("builds the forwarded lead for other vendors", () => {
    const lead = parsed(fixture("calendar-complete.json")).lead;
    expect(toForwardLeadInput(lead, "US")).toMatchObject({
      firstName: "Jane",
      email: "jane.doe@example.com",
      phone: "+13135550142",
      externalId: "kartra:1",
      source: "Facebook ad",
    });
    // the rule's leadSource, or none at all (a target that keeps its own list of sources)
    expect(toForwardLeadInput(lead, "US", "Kartra calendar").source).toBe("Kartra calendar");
    expect(toForwardLeadInput(lead, "US", null).source).toBeNull();
  });

  it("reports an outbox row as its forwarding: status, last error and the steps the target confirmed", () => {
    const vendors = { get: (id: string) => (id === "comunik8" ? ({ name: "COMUNIK8" } as never) : undefined) };
    const row = (status: string, result: unknown, o: Partial<ForwardingRow> = {}): ForwardingRow => ({
      vendor: "comunik8",
      dedupe_key: "kartra.forward:3:comunik8",
      status,
      attempts: 1,
      next_attempt_at: null,
      locked_until: null,
      result: result == null ? null : JSON.stringify(result),
      progress: null,
      updated_at: 1_700_000_000_000,
      ...o,
    });
    // the outbox keeps the Delivery without its vendor and status
    const stored = ({ vendor: _v, status: _s, ...rest }: ReturnType<typeof delivery>) => rest;
    // a refusal carrying field errors only (no error object): its message names them
    const refused = delivery("COMUNIK8", DeliveryStatus.REJECTED, { fieldErrors: [{ field: "input.phone", message: "not a UK number" }] });
    expect(toForwarding(row("REJECTED", stored(refused)), vendors)).toMatchObject({
      target: "COMUNIK8",
      status: "FAILED",
      lastError: "input.phone: not a UK number",
    });
    const error = { code: "UPSTREAM_ERROR", message: "HTTP 503 on create_client", vendorCode: "HTTP_503" };
    const failed = delivery("COMUNIK8", DeliveryStatus.FAILED, { error: { ...error, retryAfterSeconds: null, circuitOpen: null } });
    const next = 1_700_000_005_000;
    expect(toForwarding(row("RETRYING", stored(failed), { next_attempt_at: next, attempts: 2 }), vendors)).toMatchObject({
      status: "RETRYING",
      attempts: 2,
      lastError: "HTTP 503 on create_client",
      nextAttemptAt: new Date(next),
    });
    // held by a worker's lease right now: RUNNING, with no next attempt to wait for
    const held = row("RETRYING", stored(failed), { next_attempt_at: next, locked_until: Date.now() + 60_000 });
    expect(toForwarding(held, vendors)).toMatchObject({ status: "RUNNING", nextAttemptAt: null });
    expect(toForwarding(row("QUEUED", null), vendors)).toMatchObject({ status: "PENDING", lastError: null, leadId: null, eventIds: [] });
    const progress = JSON.stringify({ leadId: "comunik8:lead:9", events: { 1: "comunik8:event:b", 0: "comunik8:event:a" } });
    const done = row("CREATED", stored(delivery("COMUNIK8", DeliveryStatus.CREATED)), { progress });
    expect(toForwarding(done, vendors)).toMatchObject({
      status: "SUCCEEDED",
      lastError: null,
      leadId: "comunik8:lead:9",
      eventIds: ["comunik8:event:a", "comunik8:event:b"],
    });
  });

  it("backs off exponentially with jitter, capped", () => {
    expect(backoffMs(1, 1000, 60_000, () => 0.5)).toBe(1000);
    expect(backoffMs(3, 1000, 60_000, () => 0.5)).toBe(4000);
    expect(backoffMs(20, 1000, 60_000, () => 0.5)).toBe(60_000);
  });
});
