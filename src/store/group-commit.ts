import type { Kysely, Transaction } from "kysely";
import type { Database } from "./schema.js";

/**
 * Group commit: the writes that arrive together share one transaction, so N webhooks cost one
 * BEGIN/COMMIT (one fsync, one WAL flush) instead of N, and each caller is answered only after
 * the commit that made its write durable.
 *
 * Contract, in two sentences: `run(work)` resolves with `work`'s value once the transaction it
 * ran in has committed, and rejects with `work`'s own error if it failed; a work never fails
 * because another work of its batch did. When anything in a batch fails (a work throws, or
 * BEGIN/COMMIT does), the batch is rolled back and every work of it is run again alone, in a
 * transaction of its own, so a work may run twice and must do nothing outside `trx`.
 *
 * One batch is in flight at a time: the works arriving while it commits form the next batch,
 * which starts as soon as it ends. So under load batches grow with the commit latency, and a
 * lone write waits at most `maxWaitMs` for company. Works of one batch run one after another
 * (a transaction is one connection), in arrival order.
 */
export type Work<T> = (trx: Transaction<Database>) => Promise<T>;

export interface GroupCommitOptions {
  /** How long the first work of a batch waits for others to join, in ms (default 1). */
  maxWaitMs?: number;
  /** Most works in one transaction (default 100); a full batch starts at once. */
  maxBatch?: number;
}

export interface GroupCommit {
  run<T>(work: Work<T>): Promise<T>;
  /** Resolves once every work queued so far has committed or failed (shutdown). */
  flush(): Promise<void>;
}

interface Pending {
  work: Work<unknown>;
  resolve(value: unknown): void;
  reject(err: unknown): void;
}

export function createGroupCommit(store: { db: Kysely<Database> }, opts: GroupCommitOptions = {}): GroupCommit {
  const maxWaitMs = opts.maxWaitMs ?? 1;
  const maxBatch = Math.max(1, opts.maxBatch ?? 100);
  const queue: Pending[] = [];
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;
  const drained: (() => void)[] = [];

  const start = () => {
    clearTimeout(timer);
    timer = undefined;
    const batch = queue.splice(0, maxBatch);
    inFlight = commit(store.db, batch).finally(() => {
      inFlight = undefined;
      // these already waited a whole commit: no further wait
      if (queue.length) start();
      else for (const done of drained.splice(0)) done();
    });
  };

  return {
    run<T>(work: Work<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
        if (inFlight) return;
        if (queue.length >= maxBatch) start();
        else timer ??= setTimeout(start, maxWaitMs);
      });
    },
    flush() {
      if (!inFlight && !queue.length) return Promise.resolve();
      return new Promise<void>((r) => drained.push(r));
    },
  };
}

async function commit(db: Kysely<Database>, batch: Pending[]): Promise<void> {
  let results: unknown[];
  try {
    results = await db.transaction().execute(async (trx) => {
      const out: unknown[] = [];
      for (const p of batch) out.push(await p.work(trx));
      return out;
    });
  } catch (batchError) {
    if (batch.length === 1) return batch[0]!.reject(batchError);
    // which work failed, and whether the others would have committed, is only known by trying each alone
    for (const p of batch) {
      try {
        p.resolve(await db.transaction().execute((trx) => p.work(trx)));
      } catch (e) {
        p.reject(e);
      }
    }
    return;
  }
  batch.forEach((p, i) => p.resolve(results[i]));
}
