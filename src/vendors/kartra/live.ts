import { randomUUID } from "node:crypto";
import type { PubSub } from "../../lib/pubsub.js";
import type { Store } from "../../store/index.js";
import type { TenantContext } from "../types.js";
import type { KartraInboxRow } from "./inbox.js";
import type { CalendarCompletion, CalendarCompletionFilter } from "./model.js";
import { completionFromEvent, queryCompletions } from "./queries.js";
import { completedTopic } from "./webhook.js";

/**
 * Replay-then-live with no gap and in order, behind the `calendarCompleted` subscription. The
 * inbox commits each tenant's deliveries in sequence order (inbox.ts), and publishes each after
 * its commit. So:
 * 1. subscribe to the tenant's topic first; with `after`, publish a sync marker on it and wait
 *    for it to come back — with Redis this proves our channel subscription is active, and every
 *    event that arrived before it was committed before the replay below starts;
 * 2. replay from the store everything after the cursor (pages, oldest first);
 * 3. go live: an event with sequence s means everything up to s is committed, so the stream
 *    reads (last delivered, s] from the store. Publishes that overtake each other, or one
 *    lost between replicas, can then neither reorder nor drop a completion, and a client that
 *    resumes from the last cursor it received misses nothing.
 */

/** What the stream reads: a Kartra call context has all three. */
export interface LiveSource {
  tenant: TenantContext;
  store: Store;
  pubsub: PubSub;
}

const PAGE = 200;
/** Longest wait for the sync marker; past it the replay starts anyway. */
const SYNC_TIMEOUT_MS = 3000;

function matches(r: KartraInboxRow, f: CalendarCompletionFilter | null | undefined): boolean {
  if (!f) return true;
  if (f.email && (r.email ?? "") !== f.email.toLowerCase()) return false;
  if (f.calendarId && r.calendar_id !== f.calendarId) return false;
  if (f.classId && r.class_id !== f.classId) return false;
  if (f.status && (r.status ?? "").toLowerCase() !== f.status.toLowerCase()) return false;
  if (f.since && Number(r.received_at) < new Date(f.since).getTime()) return false;
  if (f.until && Number(r.received_at) >= new Date(f.until).getTime()) return false;
  return true;
}

/** The topic also carries sync markers (step 1); only inbox rows have a sequence. */
const isRow = (v: unknown): v is KartraInboxRow => !!v && typeof v === "object" && "seq" in v;

/** Stored completions with sequence in (from, to] (to: no bound), oldest first, a page at a time. */
async function* stored(src: LiveSource, filter: CalendarCompletionFilter | null | undefined, from: number | null, to: number | null) {
  for (;;) {
    const page = await queryCompletions(src.store, src.tenant, { ...filter, afterSeq: from, atMostSeq: to, limit: PAGE });
    yield* page;
    if (page.length < PAGE) return;
    from = page.at(-1)!.seq;
  }
}

/** Step 1: publishes a marker and waits for it on `live`, dropping what comes first (the replay has it). */
async function untilSubscribed(pubsub: PubSub, topic: string, live: AsyncIterator<unknown>): Promise<void> {
  const token = randomUUID();
  let pending = live.next();
  pubsub.publish(topic, { sync: token });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<"timeout">((r) => (timer = setTimeout(() => r("timeout"), SYNC_TIMEOUT_MS)));
  try {
    for (;;) {
      const got = await Promise.race([pending, deadline]);
      if (got === "timeout" || got.done || (got.value as { sync?: string } | null)?.sync === token) return;
      pending = live.next();
    }
  } finally {
    clearTimeout(timer);
  }
}

/** The tenant's completions after `after` (a sequence), then each new one as it is stored. */
export async function* completionStream(
  src: LiveSource,
  filter: CalendarCompletionFilter | null | undefined,
  after: number | null,
): AsyncGenerator<CalendarCompletion> {
  const topic = completedTopic(src.tenant.id);
  const live = src.pubsub.subscribe(topic)[Symbol.asyncIterator]();
  let last = after;
  try {
    if (after != null) {
      await untilSubscribed(src.pubsub, topic, live);
      for await (const c of stored(src, filter, after, null)) {
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
        if (matches(value, filter)) yield completionFromEvent(value, src.tenant);
        continue;
      }
      yield* stored(src, filter, last, seq);
      last = seq;
    }
  } finally {
    await live.return?.();
  }
}
