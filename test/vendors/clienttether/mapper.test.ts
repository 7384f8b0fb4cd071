import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { BadInputError } from "../../../src/lib/errors.js";
import { EventType } from "../../../src/model/event.js";
import { dataArray } from "../../../src/vendors/clienttether/client.js";
import {
  checkZip,
  clientParam,
  fromEventInput,
  fromLeadInput,
  toActionPlan,
  toCtDate,
  toEvent,
  toLead,
  toLeadSource,
  toSalesCycle,
  toTag,
  toUser,
  toAccount,
} from "../../../src/vendors/clienttether/mapper.js";

const fixtures = new URL("../../../src/vendors/clienttether/fixtures/", import.meta.url);
const fx = (name: string) => JSON.parse(readFileSync(new URL(name, fixtures), "utf8"));
const mo = { defaultCountry: "US", timezone: "America/Denver" };

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof BadInputError) return e.problems[0]!.field;
    throw e;
  }
  return undefined;
}

describe("toLead", () => {
  const rec = dataArray<Record<string, unknown>>(fx("read-client-by-id.json").response)[0]! as never;
  const lead = toLead(rec, mo);

  it("maps every client parameter of the doc's read into the unified Lead", () => {
    expect(lead).toMatchObject({
      id: "clienttether:lead:8051632",
      vendor: "CLIENTTETHER",
      nativeId: "8051632",
      externalId: "16051989",
      firstName: "John",
      lastName: "Doe",
      email: "john@example.com",
      phone: "+13039291447",
      secondaryPhone: null,
      company: "Doe Painting",
      jobTitle: "Owner",
      address: { street: "100 Main St", city: "Toronto", state: "ON", postalCode: "A1A 1A1", country: "CA" },
      source: "Craftjack",
      tags: ["Hot Lead", "LV Show"],
    });
    expect(lead.createdAt?.toISOString()).toBe("2020-01-15T07:00:00.000Z");
  });

  it("keeps every other parameter in customFields and the whole record in raw", () => {
    const keys = lead.customFields.map((c) => c.key);
    const kept = ["smsok", "facebook", "action_plan_id", "lead_source_id", "contact_type", "favorite_color"];
    expect(keys).toEqual(expect.arrayContaining(kept));
    expect(lead.customFields.find((c) => c.key === "favorite_color")).toMatchObject({ type: "expansion", value: "blue", values: ["blue"] });
    expect(lead.raw).toBe(rec);
    expect(Object.isFrozen(lead)).toBe(true);
  });

  it("is total: a record with only an id maps with nulls and empty lists", () => {
    const l = toLead({ client_id: "1" }, mo);
    expect(l).toMatchObject({
      id: "clienttether:lead:1",
      firstName: null,
      email: null,
      phone: null,
      address: null,
      tags: [],
      customFields: [],
      createdAt: null,
    });
  });
});

describe("fromLeadInput (field rules before sending)", () => {
  const create = (input: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    fromLeadInput({ firstName: "John", lastName: "Doe", ...input } as never, { ...mo, mode: "create", ...extra });

  it("builds the doc's create_client parameters from the fixture input", () => {
    const f = fx("create-client.json");
    expect(fromLeadInput(f.input, { ...mo, mode: "create" })).toEqual(f.request.json);
  });

  it("requires firstName and lastName on create", () => {
    expect(fieldOf(() => fromLeadInput({ lastName: "Doe" } as never, { ...mo, mode: "create" }))).toBe("input.firstName");
    expect(fieldOf(() => fromLeadInput({ firstName: "J" } as never, { ...mo, mode: "create" }))).toBe("input.lastName");
    expect(fromLeadInput({ email: "a@b.co" } as never, { ...mo, mode: "update" })).toEqual({ email: "a@b.co" });
  });

  it("phone and second_phone: ten digits from any NANP or E.164 form", () => {
    for (const p of ["303-929-1447", "(303) 929 1447", "+1 303 929 1447", "13039291447", "+13039291447", "303.929.1447"]) {
      expect(create({ phone: p, secondaryPhone: p })).toMatchObject({ phone: "3039291447", second_phone: "3039291447" });
    }
    expect(fieldOf(() => create({ phone: "+44 7840 258823" }))).toBe("input.phone");
    expect(fieldOf(() => create({ secondaryPhone: "12345" }))).toBe("input.secondaryPhone");
  });

  it("state: 2-letter US state or Canadian province", () => {
    expect(create({ address: { state: "on" } }).state).toBe("ON");
    expect(fieldOf(() => create({ address: { state: "Colorado" } }))).toBe("input.address.state");
    expect(fieldOf(() => create({ address: { state: "XX" } }))).toBe("input.address.state");
  });

  it("zip: the four documented forms only", () => {
    for (const z of ["80202", "80202-1234", "80202-1234-56", "A1A 1A1"]) expect(checkZip(z, "z")).toBe(z);
    for (const z of ["8020", "80202-12", "A1A1A1", "802021234"]) {
      expect(fieldOf(() => create({ address: { postalCode: z } }))).toBe("input.address.postalCode");
    }
  });

  it("refuses non-US/CA countries", () => {
    expect(fieldOf(() => create({ address: { country: "GB" } }))).toBe("input.address.country");
  });

  it("dates: YYYY:MM:DD as the doc writes them (YYYY-MM-DD accepted and converted)", () => {
    expect(toCtDate("2020-01-15", "f")).toBe("2020:01:15");
    expect(create({ extra: { anniversary_1: "2019:06:30", clients_date_next: "2021-02-03" } })).toMatchObject({
      anniversary_1: "2019:06:30",
      clients_date_next: "2021:02:03",
    });
    expect(fieldOf(() => create({ extra: { creation_date: "01/15/2020" } }))).toBe("input.extra.creation_date");
    expect(fieldOf(() => create({ extra: { anniversary_2: "2020:02:30" } }))).toBe("input.extra.anniversary_2");
  });

  it("enumerations: gender, home_owner_status, marital status, contact_type 1–5, new_lead_notification 0/1/2, smsok", () => {
    const extra = {
      gender: "f",
      home_owner_status: "own",
      marital_status: "Married",
      contact_type: "Vendor",
      new_lead_notification: 2,
      smsok: false,
    };
    expect(create({ extra })).toMatchObject({
      gender: "F",
      home_owner_status: "Own",
      material_status: "Married",
      contact_type: "4",
      new_lead_notification: "2",
      smsok: "0",
    });
    expect(fieldOf(() => create({ extra: { gender: "X" } }))).toBe("input.extra.gender");
    expect(fieldOf(() => create({ extra: { home_owner_status: "Lease" } }))).toBe("input.extra.home_owner_status");
    expect(fieldOf(() => create({ extra: { material_status: "Widowed" } }))).toBe("input.extra.material_status");
    expect(fieldOf(() => create({ extra: { contact_type: 6 } }))).toBe("input.extra.contact_type");
    expect(fieldOf(() => create({ extra: { new_lead_notification: 3 } }))).toBe("input.extra.new_lead_notification");
    expect(fieldOf(() => create({ extra: { smsok: "yes" } }))).toBe("input.extra.smsok");
    expect(fieldOf(() => create({ extra: { deal_size: "12.5" } }))).toBe("input.extra.deal_size");
  });

  it("expansion parameters: strings ≤ 100 characters with HTML stripped", () => {
    expect(create({ customFields: [{ key: "favorite_color", value: "<b>blue</b>" }] }).favorite_color).toBe("blue");
    expect(create({ customFields: [{ key: "notes", value: `<p>${"x".repeat(100)}</p>` }] }).notes).toHaveLength(100);
    expect(fieldOf(() => create({ customFields: [{ key: "notes", value: "x".repeat(101) }] }))).toBe("input.customFields.0.value");
    expect(fieldOf(() => create({}, { vendorOptions: { long_one: "y".repeat(101) } }))).toBe("options.clienttether.long_one");
    expect(fieldOf(() => clientParam("bad key!", "v", "input.extra.bad key!", mo))).toBe("input.extra.bad key!");
  });

  it("tags are sent comma-separated and may not contain commas", () => {
    expect(create({ tags: ["Hot Lead", "LV Show"] }).tag).toBe("Hot Lead,LV Show");
    expect(fieldOf(() => create({ tags: ["a,b"] }))).toBe("input.tags.0");
  });
});

describe("events", () => {
  const base = { leadId: "clienttether:lead:1", startsAt: new Date("2020-12-11T16:00:00Z"), description: "Intro call" };

  it("maps a Call with the doc's date and time forms in the tenant zone", () => {
    expect(fromEventInput({ ...base, type: EventType.CALL } as never, "1", mo)).toEqual({
      client_id: "1",
      event_type: "Call",
      event_date: "2020:12:11",
      event_time: "09:00:00",
      event_note: "Intro call",
    });
  });

  it("Appointment needs user_id and an end; other types may not have an end", () => {
    const appointment = { ...base, type: EventType.APPOINTMENT };
    expect(fieldOf(() => fromEventInput({ ...appointment, durationMinutes: 30 } as never, "1", mo))).toBe("input.userId");
    expect(fieldOf(() => fromEventInput({ ...appointment, extra: { user_id: "123" } } as never, "1", mo))).toBe("input.endsAt");
    expect(fromEventInput({ ...appointment, durationMinutes: 90, extra: { userId: 123 } } as never, "1", mo)).toMatchObject({
      event_type: "Appointment",
      user_id: "123",
      event_end_date: "2020:12:11",
      event_end_time: "10:30:00",
    });
    const callWithEnd = { ...base, type: EventType.CALL, endsAt: new Date("2020-12-11T17:00:00Z") };
    expect(fieldOf(() => fromEventInput(callWithEnd as never, "1", mo))).toBe("input.endsAt");
    expect(fieldOf(() => fromEventInput({ ...base, type: EventType.EMAIL } as never, "1", mo))).toBe("input.type");
    expect(fieldOf(() => fromEventInput({ ...base, description: null, type: EventType.CALL } as never, "1", mo))).toBe("input.description");
  });

  it("toEvent reads wall-clock times in the tenant zone", () => {
    const e = toEvent({
      event_id: "9",
      client_id: "1",
      event_type: "Contact Reminder",
      event_date: "2020:12:11",
      event_time: "09:00:00",
      event_note: "n",
    }, mo);
    expect(e).toMatchObject({
      id: "clienttether:event:9",
      type: EventType.CONTACT_REMINDER,
      leadId: "clienttether:lead:1",
      startsAtLocal: "2020-12-11T09:00:00-07:00",
      endsAt: null,
    });
    expect(e.startsAt?.toISOString()).toBe("2020-12-11T16:00:00.000Z");
  });
});

describe("reference data", () => {
  it("action plans: the two-level data array is flattened, steps typed", () => {
    const plans = dataArray<never>(fx("read-action-plan-list.json").response).map(toActionPlan);
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({
      id: "clienttether:action_plan:123456",
      name: "The Name of Plan",
      type: "Connection",
      linkName: "Name of Link",
      nextPlanId: "123456",
    });
    expect(plans[0]!.steps).toEqual([
      expect.objectContaining({ order: 1, type: "email", subject: "MyFirstEmail" }),
      expect.objectContaining({ order: 2, subject: "MySecondEmail" }),
    ]);
  });

  it("lead sources, sales cycles, users and tags map from the doc's reads", () => {
    const r = fx("reference-reads.json");
    expect(r.read_lead_source_list.data.map(toLeadSource)[0]).toMatchObject({
      id: "clienttether:lead_source:123",
      name: "Craftjack",
      webKey: "CT-123",
    });
    expect(r.read_sales_cycle_list.data.map(toSalesCycle)[1]).toMatchObject({ name: "Dead", active: false, order: 1, contactType: null });
    expect(r.read_user_list.data.map(toUser)[0]).toMatchObject({
      id: "clienttether:user:123",
      username: "KentH123",
      showCalendar: false,
      email: "Kent@clienttether.com",
    });
    expect(r.read_tags_list.data.map(toTag).map((t: { value: string }) => t.value)).toEqual(["123", "Hot Lead", "LV Show"]);
  });

  it("accounts never hand out the account web key", () => {
    const a = toAccount({ account_id: "1", account_web_key: "CT_secret", account_name: "A" });
    expect(JSON.stringify(a)).not.toContain("CT_secret");
  });
});
