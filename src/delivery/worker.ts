import type { VendorServices } from "../vendors/types.js";
import type { Logger } from "../lib/logger.js";
import type { OutboxRow } from "./outbox.js";
import { KICK_TOPIC, type DeliveryService } from "./service.js";
import { attemptVendorDelivery, attemptWebhook, type WebhookSendOptions } from "./attempt.js";

export interface WorkerOptions {
  /** Attempts this process runs at once. */
  concurrency?: number;
  /** Longest sleep between scans for due rows (ms); a kick or a due time wakes it sooner. */
  pollMs?: number;
  /** Final rows older than this are deleted (config `server.deliveryRetentionSeconds`). */
  retentionMs?: number;
  webhook?: Partial<WebhookSendOptions>;
}

const PRUNE_EVERY_MS = 60_000;
/** The outbox depth gauge is refreshed at most this often (a count per scan would cost the hot path). */
const DEPTH_EVERY_MS = 1000;

/**
 * One process's share of the outbox: claims due rows (each under a lease, so replicas never run
 * one delivery at once), runs up to `concurrency` attempts together, and sleeps until a kick
 * (a commit on any replica), the next due time or a lease running out.
 */
export class DeliveryWorker {
  private timer: NodeJS.Timeout | undefined;
  private scanning: Promise<void> | undefined;
  private again = false;
  private closed = false;
  private readonly inflight = new Set<Promise<void>>();
  private readonly kicks: AsyncIterator<unknown>;
  private lastPrune = 0;
  private lastDepth = 0;
  private readonly concurrency: number;
  private readonly pollMs: number;
  private readonly log: Logger;
  private readonly webhook: WebhookSendOptions;

  constructor(
    private readonly service: DeliveryService,
    private readonly services: VendorServices,
    private readonly opts: WorkerOptions = {},
  ) {
    this.concurrency = opts.concurrency ?? 16;
    this.pollMs = opts.pollMs ?? 1000;
    this.log = services.logger.child({ component: "delivery-worker" });
    this.webhook = { timeoutMs: 15_000, maxResponseBytes: 64 * 1024, ...opts.webhook };
    this.kicks = services.pubsub.subscribe(KICK_TOPIC)[Symbol.asyncIterator]();
    this.listen().catch((e: unknown) => this.log.error({ err: e }, "delivery worker stopped listening for kicks"));
    this.schedule(0);
  }

  private async listen(): Promise<void> {
    for (let r = await this.kicks.next(); !r.done; r = await this.kicks.next()) this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.wake(), ms);
    this.timer.unref();
  }

  private wake(): void {
    if (this.closed) return;
    if (this.scanning) {
      this.again = true;
      return;
    }
    this.scanning = this.scan().finally(() => (this.scanning = undefined));
  }

  /** Claims while there is room and work; then sleeps until the next row falls due. */
  private async scan(): Promise<void> {
    try {
      do {
        this.again = false;
        const room = this.concurrency - this.inflight.size;
        // claim in batches: an attempt finishing wakes the scan, which waits for half the room
        // (one claim query per batch of deliveries, not one per delivery)
        if (room <= 0 || (this.inflight.size > 0 && room < Math.ceil(this.concurrency / 2))) return;
        const rows = await this.service.table.claimDue(this.service.owner, this.service.minLeaseMs, room);
        for (const row of rows) this.start(row);
        if (rows.length === room) this.again = true;
      } while (this.again && !this.closed);
      await this.housekeeping();
      const due = await this.service.table.nextDueIn();
      this.schedule(Math.max(5, Math.min(this.pollMs, due ?? this.pollMs)));
    } catch (e) {
      if (!this.closed) this.log.error({ err: e }, "delivery outbox scan failed; trying again");
      this.schedule(this.pollMs);
    }
  }

  private start(row: OutboxRow): void {
    const run = (
      row.kind === "webhook" ? attemptWebhook(this.service, row, this.webhook) : attemptVendorDelivery(this.service, this.services, row)
    )
      .catch((e: unknown) =>
        this.log.error({ err: e, delivery: Number(row.id) }, "delivery attempt could not be recorded; its lease will run out"),
      )
      .finally(() => {
        this.inflight.delete(run);
        this.schedule(0);
      });
    this.inflight.add(run);
  }

  private async housekeeping(): Promise<void> {
    const now = Date.now();
    if (now - this.lastDepth >= DEPTH_EVERY_MS) {
      this.lastDepth = now;
      const depth = await this.service.table.depth();
      this.services.metrics?.inboxDepth.set({ queue: "delivery_outbox" }, depth.vendor);
      this.services.metrics?.inboxDepth.set({ queue: "webhook_outbox" }, depth.webhook);
    }
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    if (this.opts.retentionMs) {
      const pruned = await this.service.table.prune(now - this.opts.retentionMs);
      if (pruned) this.log.info({ pruned }, "delivery log: pruned rows past retention");
    }
  }

  /** Stops claiming and waits for the attempts in flight (what is left stays in the outbox for the next start). */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.kicks.return?.();
    await this.scanning;
    await Promise.all([...this.inflight]);
  }
}
