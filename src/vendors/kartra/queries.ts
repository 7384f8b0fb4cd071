import type { Store } from "../../store/index.js";
import type { Calendar } from "../../model/calendar.js";
import { badInput } from "../../lib/errors.js";
import type { Registry, TenantContext } from "../types.js";
import {
  forwardingSeq,
  forwardingsFor,
  latestPerSubscriptionForLead,
  listCompletions,
  type CompletionQuery,
  type KartraInboxRow,
} from "./inbox.js";
import { parseCompletionCursor, toCalendarCompletion, toForwarding } from "./mapper.js";
import type { CalendarCompletion, Forwarding } from "./model.js";

/**
 * The reads behind Kartra's GraphQL (graphql.ts, live.ts): stored rows in, Kartra model out, so
 * resolvers never see the inbox rows or Kartra's wire types.
 */

/** The sequence an `after` cursor stands for; BAD_USER_INPUT naming `after` when it is not ours. */
export function afterSeq(after: string | null | undefined): number | null {
  if (after == null) return null;
  const seq = parseCompletionCursor(after);
  if (seq == null) throw badInput("after", "is not a cursor this connection issued (use a CalendarCompletion cursor)");
  return seq;
}

export async function queryCompletions(store: Store, tenant: TenantContext, q: CompletionQuery): Promise<CalendarCompletion[]> {
  return (await listCompletions(store.db, tenant.id, q)).map((r) => toCalendarCompletion(r, tenant.defaultCountry));
}

/** A published inbox row (from pub/sub, possibly through Redis JSON) → CalendarCompletion. */
export function completionFromEvent(row: KartraInboxRow, tenant: TenantContext): CalendarCompletion {
  return toCalendarCompletion(row, tenant.defaultCountry);
}

export async function calendarsForLead(store: Store, tenant: TenantContext, leadNativeId: string): Promise<Calendar[]> {
  const rows = await latestPerSubscriptionForLead(store.db, tenant.id, leadNativeId);
  return rows.map((r) => toCalendarCompletion(r, tenant.defaultCountry).calendar);
}

/** Forwardings per completion sequence, in key order (one query for the whole batch). */
export async function forwardingsOf(
  store: Store,
  registry: Registry,
  tenant: TenantContext,
  seqs: readonly number[],
): Promise<Forwarding[][]> {
  const rows = await forwardingsFor(store.db, tenant.id, seqs);
  return seqs.map((seq) => rows.filter((r) => forwardingSeq(r) === seq).map((r) => toForwarding(r, registry)));
}
