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
 * At most `concurrency` batches are in flight (each on a connection of its own): the works
 * arriving while they commit form the next batch, which starts as soon as one ends. So under
 * load batches grow with the commit latency, and a lone write waits at most `maxWaitMs` for
 * company. Batches in flight together may commit in either order: a caller that needs one write
 * durable before another waits for the first to resolve. Works of one batch run one after another
 * (a transaction is one connection), in arrival order; items added with `add` are written by
 * one `writeMany` per kind, where the first of them arrived.
 */
export type Work<T> = (trx: Transaction<Database>) => Promise<T>;

/**
 * Writes of one kind that can share statements: the batch hands every item of the kind to
 * `writeMany` at once (in arrival order), which returns one result per item, in the same order.
 * On Postgres a batch of works costs a round trip per statement, and the batch's works run one
 * after another on one connection, so N webhooks in one transaction were still N round trips;
 * one multi-row statement makes them one. The same contract as a work: it may run again (with
 * fewer items, down to one) if the batch fails, and does nothing outside `trx`.
 */
export interface Combined<I, O> {
  writeMany(trx: Transaction<Database>, items: I[]): Promise<O[]>;
}

export interface GroupCommitOptions {
  /**
   * How long the first work of a batch waits for others to join, in ms. Default 0: until the
   * event loop's next turn (setImmediate), so what arrived in the same turn joins it and a lone
   * write pays no timer; under load a batch fills while the one before it commits anyway.
   */
  maxWaitMs?: number;
  /** Most works in one transaction (default 100); a full batch starts at once. */
  maxBatch?: number;
  /**
   * Batches in flight at once (default 1). SQLite has one connection and one writer, so more
   * would only queue behind it; on Postgres a batch spends most of its time waiting on round
   * trips (BEGIN, a statement per kind, COMMIT), and one at a time left the pool idle while the
   * next batch waited (store/index.ts sets 4 there). A batch starts beside a running one only
   * once `parallelFrom` works wait (default 16): below that, waiting for the running batch keeps
   * a burst in few transactions.
   */
  concurrency?: number;
  parallelFrom?: number;
}

export interface GroupCommit {
  run<T>(work: Work<T>): Promise<T>;
  /** `item` written by `kind.writeMany` together with the other items of its kind in the batch; resolves with its result after commit. */
  add<I, O>(kind: Combined<I, O>, item: I): Promise<O>;
  /** Resolves once every work queued so far has committed or failed (shutdown). */
  flush(): Promise<void>;
}

interface Pending {
  work?: Work<unknown>;
  combined?: { kind: Combined<unknown, unknown>; item: unknown };
  resolve(value: unknown): void;
  reject(err: unknown): void;
}

export function createGroupCommit(store: { db: Kysely<Database> }, opts: GroupCommitOptions = {}): GroupCommit {
  const maxWaitMs = opts.maxWaitMs ?? 0;
  const maxBatch = Math.max(1, opts.maxBatch ?? 100);
  const concurrency = Math.max(1, opts.concurrency ?? 1);
  const parallelFrom = Math.max(1, opts.parallelFrom ?? 16);
  const queue: Pending[] = [];
  let timer: NodeJS.Timeout | NodeJS.Immediate | undefined;
  const schedule = (): NodeJS.Timeout | NodeJS.Immediate => (maxWaitMs <= 0 ? setImmediate(start) : setTimeout(start, maxWaitMs));
  const cancel = () => (maxWaitMs <= 0 ? clearImmediate(timer as NodeJS.Immediate) : clearTimeout(timer as NodeJS.Timeout));
  let running = 0;
  const mayStart = () => running === 0 || (running < concurrency && queue.length >= parallelFrom);
  const drained: (() => void)[] = [];

  const start = () => {
    cancel();
    timer = undefined;
    while (queue.length && mayStart()) {
      const batch = queue.splice(0, maxBatch);
      running++;
      void commit(store.db, batch).finally(() => {
        running--;
        // these already waited a whole commit: no further wait
        if (queue.length) start();
        else if (!running) for (const done of drained.splice(0)) done();
      });
    }
  };

  const enqueue = <T>(p: Omit<Pending, "resolve" | "reject">) =>
    new Promise<T>((resolve, reject) => {
      queue.push({ ...p, resolve: resolve as (v: unknown) => void, reject });
      if (running) {
        if (mayStart()) start();
      } else if (queue.length >= maxBatch) start();
      else timer ??= schedule();
    });

  return {
    run: <T>(work: Work<T>) => enqueue<T>({ work }),
    add: <I, O>(kind: Combined<I, O>, item: I) => enqueue<O>({ combined: { kind: kind as Combined<unknown, unknown>, item } }),
    flush() {
      if (!running && !queue.length) return Promise.resolve();
      return new Promise<void>((r) => drained.push(r));
    },
  };
}

/**
 * The batch inside `trx`, in arrival order, except that the items of one combined kind are
 * written together where the first of them arrived. Returns each pending's result, by index.
 */
async function writeBatch(trx: Transaction<Database>, batch: Pending[]): Promise<unknown[]> {
  const out: unknown[] = new Array(batch.length);
  const groups = new Map<Combined<unknown, unknown>, number[]>();
  for (let i = 0; i < batch.length; i++) {
    const c = batch[i]!.combined;
    if (!c) continue;
    const g = groups.get(c.kind);
    if (g) g.push(i);
    else groups.set(c.kind, [i]);
  }
  for (let i = 0; i < batch.length; i++) {
    const p = batch[i]!;
    if (p.work) {
      out[i] = await p.work(trx);
      continue;
    }
    const at = groups.get(p.combined!.kind);
    if (at?.[0] !== i) continue;
    const results = await p.combined!.kind.writeMany(
      trx,
      at.map((j) => batch[j]!.combined!.item),
    );
    if (results.length !== at.length) throw new Error(`writeMany returned ${results.length} results for ${at.length} items`);
    at.forEach((j, k) => (out[j] = results[k]));
  }
  return out;
}

async function commit(db: Kysely<Database>, batch: Pending[]): Promise<void> {
  let results: unknown[];
  try {
    results = await db.transaction().execute((trx) => writeBatch(trx, batch));
  } catch (batchError) {
    if (batch.length === 1) return batch[0]!.reject(batchError);
    // which work failed, and whether the others would have committed, is only known by trying each alone
    for (const p of batch) {
      try {
        const [value] = await db.transaction().execute((trx) => writeBatch(trx, [p]));
        p.resolve(value);
      } catch (e) {
        p.reject(e);
      }
    }
    return;
  }
  batch.forEach((p, i) => p.resolve(results[i]));
}
