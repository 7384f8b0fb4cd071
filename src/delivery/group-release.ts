import type { Store } from "../store/index.js";
import type { OutboxTable } from "./outbox.js";

/**
 * Group release: the rows ASYNC fan-outs held until their answer was written (`holdFor`) are let
 * go in one UPDATE … WHERE id IN (…) per group-commit transaction instead of one transaction per
 * request. Nobody waits for a release (the answer is already written), so `add` returns nothing:
 * the ids join the one release work that is queued on the group commit and has not started yet,
 * or open a new one. That work rides in the store's next group-commit batch (with the inserts of
 * the requests arriving meanwhile), so a release costs no transaction of its own, and
 * `store.close()` (which flushes the group commit) also waits for the releases queued so far.
 *
 * The group commit's contract holds: the work touches nothing but `trx` (closing its own id list
 * to newcomers is bookkeeping, not a write), and running it twice releases the same ids twice,
 * which the UPDATE's conditions make harmless.
 */
export class GroupRelease {
  /** Ids of the release work queued and not yet started: newcomers join it. */
  private open: number[] | undefined;

  constructor(
    private readonly store: Pick<Store, "groupCommit">,
    private readonly table: OutboxTable,
    private readonly owner: string,
    private readonly hooks: {
      /** After a release committed (the workers may claim those rows now). */
      released(ids: number[]): void;
      /** A release failed: its rows wait for their hold to run out. */
      failed(err: unknown, ids: number[]): void;
    },
  ) {}

  add(ids: number[]): void {
    if (!ids.length) return;
    if (this.open) {
      this.open.push(...ids);
      return;
    }
    const batch = [...ids];
    this.open = batch;
    let run: Promise<void>;
    try {
      run = this.store.groupCommit.run(async (trx) => {
        // from here on, releases go to a new work (this one may be in its transaction already)
        if (this.open === batch) this.open = undefined;
        await this.table.release(batch, this.owner, trx);
      });
    } catch (e) {
      run = Promise.reject(e);
    }
    run
      .then(() => this.hooks.released(batch))
      .catch((e: unknown) => {
        if (this.open === batch) this.open = undefined;
        this.hooks.failed(e, batch);
      });
  }
}
