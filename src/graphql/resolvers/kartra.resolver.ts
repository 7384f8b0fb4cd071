import { randomUUID } from "node:crypto";
import DataLoader from "dataloader";
import { Args, Ctx, FieldResolver, Query, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../context.js";
import { vendorCall } from "../context.js";
import { Lead } from "../types/lead.type.js";
import { Calendar } from "../types/calendar.type.js";
import { Vendor } from "../types/enums.js";
import { toConnection } from "../types/connection.js";
import {
  CalendarCompletedArgs,
  CalendarCompletion,
  CalendarCompletionConnection,
  type CalendarCompletionFilter,
  CalendarCompletionsArgs,
  Forwarding,
  KartraLeadDetails,
} from "../types/calendar-completion.type.js";
import { badInput } from "../../lib/errors.js";
import {
  calendarsForLead,
  completedTopic,
  completionFromEvent,
  forwardingsOf,
  parseCompletionCursor,
  queryCompletions,
} from "../../vendors/kartra/index.js";

/**
 * Kartra calendar completions (issue 6): the stored inbox as a connection, live delivery with
 * replay, forwarding status, and the Kartra-only Lead fields.
 */
function afterSeq(after: string | null | undefined): number | null {
  if (after == null) return null;
  const seq = parseCompletionCursor(after);
  if (seq == null) throw badInput("after", "is not a cursor this connection issued (use a CalendarCompletion cursor)");
  return seq;
}

interface PublishedRow {
  seq: number;
  email: string | null;
  calendar_id: string | null;
  class_id: string | null;
  status: string | null;
  received_at: number;
}

function matches(r: PublishedRow, f: CalendarCompletionFilter | null | undefined): boolean {
  if (!f) return true;
  if (f.email && (r.email ?? "") !== f.email.toLowerCase()) return false;
  if (f.calendarId && r.calendar_id !== f.calendarId) return false;
  if (f.classId && r.class_id !== f.classId) return false;
  if (f.status && (r.status ?? "").toLowerCase() !== f.status.toLowerCase()) return false;
  if (f.since && Number(r.received_at) < new Date(f.since).getTime()) return false;
  if (f.until && Number(r.received_at) >= new Date(f.until).getTime()) return false;
  return true;
}

const isRow = (v: unknown): v is PublishedRow => !!v && typeof v === "object" && "seq" in v;

/**
 * Replay-then-live with no gap and in order. The inbox commits each tenant's deliveries in
 * sequence order (inbox.ts), and publishes each after its commit. So:
 * 1. subscribe to the tenant's topic first; with `after`, publish a sync marker on it and wait
 *    for it to come back — with Redis this proves our channel subscription is active, and every
 *    event that arrived before it was committed before the replay below starts;
 * 2. replay from the store everything after the cursor (pages, oldest first);
 * 3. go live: an event with sequence s means everything up to s is committed, so the stream
 *    reads (last delivered, s] from the store. Publishes that overtake each other, or one
 *    lost between replicas, can then neither reorder nor drop a completion, and a client that
 *    resumes from the last cursor it received misses nothing.
 */
async function* completedStream(ctx: Context, args: CalendarCompletedArgs): AsyncGenerator<CalendarCompletion> {
  vendorCall(ctx, "kartra");
  const after = afterSeq(args.after);
  const { pubsub, store } = ctx.services;
  const topic = completedTopic(ctx.tenant.id);
  const live = pubsub.subscribe(topic)[Symbol.asyncIterator]();
  let last = after;
  const range = async function* (from: number | null, to: number | null) {
    for (;;) {
      const page = await queryCompletions(store, ctx.tenant.id, ctx.tenant.defaultCountry, { ...args.filter, afterSeq: from, atMostSeq: to, limit: PAGE });
      for (const c of page) yield c;
      if (page.length < PAGE) return;
      from = page.at(-1)!.seq;
    }
  };
  try {
    if (after != null) {
      const token = randomUUID();
      let pending = live.next();
      pubsub.publish(topic, { sync: token });
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<"timeout">((r) => (timer = setTimeout(() => r("timeout"), 3000)));
      for (;;) {
        const got = await Promise.race([pending, deadline]);
        // events before the marker were committed before the replay starts: replay has them
        if (got === "timeout" || got.done || (got.value as { sync?: string })?.sync === token) break;
        pending = live.next();
      }
      clearTimeout(timer);
      for await (const c of range(after, null)) {
        last = c.seq;
        yield c;
      }
    }
    for (;;) {
      const { value, done } = await live.next();
      if (done) return;
      if (!isRow(value)) continue;
      const seq = Number(value.seq);
      if (last != null && seq <= last) continue;
      if (last == null) {
        // no cursor: start with this event, served from its payload
        last = seq;
        if (matches(value, args.filter)) yield completionFromEvent(value, ctx.tenant.defaultCountry);
        continue;
      }
      for await (const c of range(last, seq)) yield c;
      last = seq;
    }
  } finally {
    await live.return?.();
  }
}

const PAGE = 200;

@Resolver(() => CalendarCompletion)
export class CalendarCompletionResolver {
  @Query(() => CalendarCompletionConnection, { description: "Kartra calendar completions received by this tenant's webhook, oldest first." })
  async calendarCompletions(@Args() { filter, first, after }: CalendarCompletionsArgs, @Ctx() ctx: Context): Promise<CalendarCompletionConnection> {
    const max = ctx.limits.maxFirst;
    if (first < 0 || first > max) throw badInput("first", `must be between 0 and ${max}`);
    const { vctx } = vendorCall(ctx, "kartra");
    const seq = afterSeq(after);
    const rows = await queryCompletions(vctx.store, ctx.tenant.id, ctx.tenant.defaultCountry, { ...filter, afterSeq: seq, limit: first + 1 });
    const page = rows.slice(0, first);
    const conn = toConnection(page, 0, rows.length > first, null);
    conn.edges = page.map((node) => ({ node, cursor: node.cursor }));
    conn.pageInfo = { hasNextPage: rows.length > first, hasPreviousPage: seq != null, startCursor: page[0]?.cursor ?? null, endCursor: page.at(-1)?.cursor ?? null };
    return conn as CalendarCompletionConnection;
  }

  @Subscription(() => CalendarCompletion, {
    description: "Each Kartra calendar completion as it is stored. With `after`, first replays the stored completions after that cursor, then goes live with no gap.",
    subscribe: ({ args, context }) => completedStream(context as Context, args as CalendarCompletedArgs),
  })
  calendarCompleted(@Root() completion: CalendarCompletion, @Args() _args: CalendarCompletedArgs): CalendarCompletion {
    return completion;
  }

  @FieldResolver(() => [Forwarding], { description: "Forwardings of this completion (tenant rules `vendors.kartra.forward`) and where each stands." })
  async forwardings(@Root() c: CalendarCompletion, @Ctx() ctx: Context): Promise<Forwarding[]> {
    // one query per page of completions, not one per completion; no memo: a subscription's
    // context lives as long as its connection, and statuses change
    let loader = ctx.memo.get("kartra:forwardings") as DataLoader<number, Forwarding[]> | undefined;
    if (!loader) {
      loader = new DataLoader((seqs: readonly number[]) => forwardingsOf(ctx.services.store, ctx.tenant.id, seqs), { cache: false });
      ctx.memo.set("kartra:forwardings", loader);
    }
    return loader.load(c.seq);
  }
}

@Resolver(() => Lead)
export class KartraLeadFieldsResolver {
  @FieldResolver(() => [Calendar], { description: "The lead's Kartra calendar subscriptions (latest state of each); empty for other vendors." })
  async calendars(@Root() lead: Lead, @Ctx() ctx: Context): Promise<Calendar[]> {
    if (lead.vendor !== Vendor.KARTRA) return [];
    return calendarsForLead(ctx.services.store, ctx.tenant.id, ctx.tenant.defaultCountry, lead.nativeId);
  }

  @FieldResolver(() => KartraLeadDetails, { nullable: true, description: "Kartra-only lead fields (GDPR, social, ip, …); null for other vendors." })
  kartra(@Root() lead: Lead): KartraLeadDetails | null {
    return (lead as Lead & { kartra?: KartraLeadDetails }).kartra ?? null;
  }
}
