import { createHash, timingSafeEqual } from "node:crypto";
import type { TenantContext, VendorServices, WebhookRequest, WebhookResponse, WebhookSource } from "../types.js";
import { forwardTargets, type ForwardTarget, type KartraConfig } from "./config.js";
import { leadSchema, validateKartraWebhook } from "./schema.js";
import { payloadHash, receive, type InboxEntry, type KartraInboxRow } from "./inbox.js";
import { FORWARD_OPERATION, forwardDedupeKey, type ForwardPayload } from "./forward.js";
import { toCalendarCompletion } from "./mapper.js";

/** The outbound webhook event (tenant `webhooks[].events`) sent when a completion is stored; data: the CalendarCompletion. */
export const CALENDAR_COMPLETED_EVENT = "kartra.calendar_completed";

/** Pub/sub topic of a tenant's stored calendar completions (payload: the stored inbox row). */
export function completedTopic(tenantId: string): string {
  return `kartra:calendarCompleted:${tenantId}`;
}

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

/**
 * The tenant whose `vendors.kartra.webhookSecret` equals `secret`. Both sides are hashed to
 * equal-length digests and compared with timingSafeEqual against EVERY tenant (no early exit),
 * so neither the length nor the position of a match leaks through timing.
 */
export function tenantForSecret(tenants: readonly TenantContext[], secret: string | null): TenantContext | undefined {
  if (!secret) return undefined;
  const presented = digest(secret);
  let found: TenantContext | undefined;
  for (const t of tenants) {
    const configured = (t.vendors as { kartra?: KartraConfig }).kartra?.webhookSecret;
    if (!configured) continue;
    if (timingSafeEqual(digest(configured), presented) && !found) found = t;
  }
  return found;
}

/** `/webhooks/kartra/<secret>` or `/webhooks/kartra?secret=<secret>` (as Kartra users configure URLs). */
export function secretFrom(subpath: string, query: URLSearchParams): string | null {
  const parts = subpath.split("/").filter(Boolean);
  if (parts.length > 1) return null;
  if (parts.length === 1) {
    try {
      return decodeURIComponent(parts[0]!);
    } catch {
      return null;
    }
  }
  return query.get("secret");
}

const bad = (message: string, problems?: { path: string; message: string }[]): WebhookResponse => ({
  status: 400,
  body: { error: "invalid_payload", message, ...(problems ? { problems } : {}) },
});

const str = (v: unknown): string | null => (v == null || v === "" ? null : String(v));

export const kartraWebhookSource: WebhookSource = {
  pathFor: (config) => `/${(config as KartraConfig | undefined)?.webhookSecret ?? "<tenant webhook secret>"}`,

  async handleWebhook(services: VendorServices, { subpath, query, text }: WebhookRequest): Promise<WebhookResponse> {
    const tenant = tenantForSecret(services.tenants, secretFrom(subpath, query));
    // Unknown secret: the same 404 as an unknown path, nothing stored, nothing revealed.
    if (!tenant) return { status: 404, body: { error: "not found" } };

    // vendor-notes.md: "always sent as a raw body POST JSON formatted object"; the
    // Content-Type is undocumented, so the body is parsed as JSON whatever the header says.
    // `text` is the route's decoding, which has dropped a leading byte-order mark.
    if (!/\S/.test(text)) return bad("body is empty; expected a JSON object {lead, action, action_details}");
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      return bad(`body is not valid JSON: ${(e as Error).message}`);
    }
    const v = validateKartraWebhook(parsed);
    if (!v.ok) return bad(v.problems.map((p) => `${p.path}: ${p.message}`).join("; "), v.problems);

    const cfg = (tenant.vendors as { kartra?: KartraConfig }).kartra!;
    const rawLead = (parsed as { lead?: unknown }).lead;
    const leadId = v.kind === "calendar_complete" ? String(v.data.lead.id) : v.data.lead?.id != null ? String(v.data.lead.id) : null;
    const cal = v.kind === "calendar_complete" ? v.data.action_details.calendar : null;
    const forwardTo: ForwardTarget[] = cal ? forwardTargets(cfg.forward).map(([target]) => target) : [];
    // The workers are woken only when this delivery gave them work (a forwarding, an outbound event):
    // a kick makes every replica's worker scan the outbox, so a burst of completions with nothing to
    // forward must not turn into a burst of scans.
    let queued = false;
    const entry: InboxEntry = {
      tenantId: tenant.id,
      action: v.data.action,
      payload: text,
      leadId,
      email: str(v.kind === "calendar_complete" ? v.data.lead.email : v.data.lead?.email),
      // Only a lead record of the documented shape backs lead(id:); otherwise it stays in the payload.
      leadJson:
        v.kind === "calendar_complete" || (leadId != null && leadSchema.safeParse(rawLead).success) ? JSON.stringify(rawLead) : null,
      calendarId: cal ? String(cal.calendar_id) : null,
      classId: cal ? String(cal.class_id) : null,
      subscriptionId: cal ? String(cal.calendar_subscription_id) : null,
      status: cal ? cal.calendar_subscription_status : null,
      // In the webhook's own transaction: a stored completion has its forwardings and its outbound
      // event, and a duplicate delivery (nothing stored) adds neither.
      onStored: async (trx, row) => {
        const outbox = services.outbox;
        if (!outbox || !cal) return;
        const payload = (): ForwardPayload => ({ webhookSeq: row.seq });
        const items = forwardTo.map((target) => ({
          tenantId: tenant.id,
          operation: FORWARD_OPERATION,
          vendor: target,
          payload: payload(),
          dedupeKey: forwardDedupeKey(row.seq, target),
        }));
        const ids = await outbox.enqueue(items, trx);
        // emit writes nothing for a tenant with no endpoint subscribed to the event; the
        // CalendarCompletion it would carry (luxon per session, libphonenumber, the schema again)
        // was ~27 % of a stored webhook's CPU, so it is built only when an endpoint will get it.
        const endpoints = (tenant as { webhooks?: { events: readonly string[] }[] }).webhooks ?? [];
        const subscribed = endpoints.some((e) => e.events.includes(CALENDAR_COMPLETED_EVENT));
        if (subscribed) await outbox.emit(tenant.id, CALENDAR_COMPLETED_EVENT, toCalendarCompletion(row, tenant.defaultCountry), trx);
        queued = ids.length > 0 || subscribed;
      },
    };
    const received = await receive(services.store, entry, payloadHash(parsed));
    services.logger.info(
      { tenant: tenant.id, vendor: "kartra", action: entry.action, seq: received.seq, duplicate: received.duplicate },
      received.duplicate ? "kartra webhook duplicate (already stored)" : "kartra webhook stored",
    );
    if (!received.duplicate && v.kind === "calendar_complete") {
      // Published only after commit: a subscriber that reads the store after this never misses it.
      services.pubsub.publish(completedTopic(tenant.id), received.row satisfies KartraInboxRow);
      if (queued) services.outbox?.kick();
    }
    return { status: 200, body: { ok: true, id: `kartra:webhook:${received.seq}`, duplicate: received.duplicate } };
  },
};
