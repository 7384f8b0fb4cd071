import { randomUUID } from "node:crypto";
import DataLoader from "dataloader";
import type { VendorCallContext } from "../types.js";
import type { ClientTetherConfig } from "./config.js";
import { ClientTetherApi, CT_PAGE_SIZE } from "./client.js";
import type { ClientTetherClient } from "./types.js";

/**
 * Per-request loaders over ClientTether reads, plus the keyv layer across requests.
 *
 * Contract (dataloader's): a batch function returns one value per key in key order — the
 * record, `null` when ClientTether has no such record (CT515), or an `Error` for that key
 * alone; it never throws for the whole batch. Failed keys are cleared from the loader and
 * never written to keyv, so the next load asks upstream again.
 *
 * Layers (see src/cache/index.ts): 0 = these DataLoaders (per request; the same id asked twice
 * is one read); 1/2 = keyv namespaced by tenant (`clienttether:client`, TTL `ttlSeconds.lead`;
 * reference lists `clienttether:ref`, TTL `ttlSeconds.reference`). ClientTether has no batch
 * endpoint, so a batch is fanned out as single reads with at most `concurrency` in flight per
 * request, and a batch never holds more keys than a ClientTether page (100). `fresh` skips
 * reading keyv (the answer is still written back). Writes through LeadGraph call `invalidate`.
 */
export const NS_CLIENT = "clienttether:client";
export const NS_EXT = "clienttether:client-ext";
export const NS_REF = "clienttether:ref";
/** Unfiltered list pages (client ids in order) under a generation every client write replaces. */
export const NS_LIST = "clienttether:list";
const LIST_GENERATION = "generation";

type Ctx = VendorCallContext<ClientTetherConfig>;

export type Limiter = <T>(fn: () => Promise<T>) => Promise<T>;

/** At most `n` promises from `fn`s in flight; the rest wait in order. */
export function createLimiter(n: number): Limiter {
  let active = 0;
  const queue: (() => void)[] = [];
  const next = () => {
    active--;
    queue.shift()?.();
  };
  return <T>(fn: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      const run = () => {
        active++;
        fn().then(resolve, reject).finally(next);
      };
      if (active < n) run();
      else queue.push(run);
    });
}

export interface ClientTetherLoaders {
  api: ClientTetherApi;
  limit: Limiter;
  byId: DataLoader<string, ClientTetherClient | null>;
  byExternalId: DataLoader<string, ClientTetherClient | null>;
  /** List pages put their records here so `lead(id)` for one of them costs nothing more. */
  prime(clients: ClientTetherClient[]): Promise<void>;
  /**
   * The clients of a cached list page, in order (null: gone upstream), primed like a fetched
   * page. Not through `byId`: a by-id batch waits for running listings, and this runs inside one.
   */
  listed(ids: string[]): Promise<(ClientTetherClient | null)[]>;
  /**
   * A client listing running in this request. By-id batches wait for running listings before
   * reading upstream, so `leads(first: 100)` and `lead(id)` side by side in one query cost one call.
   */
  trackListing<T>(p: Promise<T>): Promise<T>;
  /** A reference list (lead sources, users, …): per request once, across requests for `ttlSeconds.reference`. */
  reference<T>(name: string, fetch: () => Promise<T>): Promise<T>;
  forgetReference(names: string[]): void;
  /** Drops a client from this request's memo (after a write). */
  forgetClient(clientId: string, externalIds: string[]): void;
  /** Per-client sub-resources (notes, events, …): one read per client per request. */
  perClient<T>(name: string, fetch: (clientId: string) => Promise<T>): DataLoader<string, T>;
}

const toError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

function memoKey(fresh: boolean) {
  return `clienttether:loaders:${fresh ? "fresh" : "cached"}`;
}

/** The request's loaders (created on first use, dropped with the request). */
export function loadersFor(ctx: Ctx): ClientTetherLoaders {
  const key = memoKey(ctx.fresh);
  let l = ctx.memo.get(key) as ClientTetherLoaders | undefined;
  if (!l) {
    l = createClientTetherLoaders(ctx);
    ctx.memo.set(key, l);
  }
  return l;
}

/**
 * A batch function that reports its batch size (`leadgraph_dataloader_batch_size`). `loader` is
 * a fixed name: never a key or a caller's argument, which would make one series per value.
 */
function measured<K, V>(ctx: Ctx, loader: string, batch: DataLoader.BatchLoadFn<K, V>): DataLoader.BatchLoadFn<K, V> {
  const m = ctx.metrics;
  if (!m) return batch;
  return (keys) => {
    m.recordBatch(loader, keys.length);
    return batch(keys);
  };
}

export function createClientTetherLoaders(ctx: Ctx): ClientTetherLoaders {
  const api = new ClientTetherApi(ctx);
  // one limiter per request, shared by every loader of both freshness modes
  const limit = (ctx.memo.get("clienttether:limiter") as Limiter | undefined) ?? createLimiter(ctx.config.concurrency);
  ctx.memo.set("clienttether:limiter", limit);
  const ttl = ctx.config.ttlSeconds;

  const remember = async (c: ClientTetherClient) => {
    await ctx.cache.set(NS_CLIENT, String(c.client_id), c, ttl.lead);
    if (c.external_id) await ctx.cache.set(NS_EXT, String(c.external_id), String(c.client_id), ttl.lead);
  };

  const primed = new Map<string, ClientTetherClient>();
  const listings = new Set<Promise<unknown>>();

  /** Per id, in order: the record a listing primed, else keyv's, else one upstream read (remembered). */
  const readClients = async (ids: readonly string[]): Promise<Promise<ClientTetherClient | null>[]> => {
    const cached = ctx.fresh ? [] : await ctx.cache.getMany<ClientTetherClient>(NS_CLIENT, [...ids]);
    return ids.map(async (id, i) => {
      const hit = primed.get(id) ?? cached[i];
      if (hit !== undefined) return hit;
      const c = await limit(() => api.readClientById(id));
      if (c) await remember(c);
      return c;
    });
  };

  const byId: DataLoader<string, ClientTetherClient | null> = new DataLoader(
    measured(ctx, "clienttether.clientById", async (ids: readonly string[]) => {
      if (listings.size) await Promise.allSettled([...listings]);
      return Promise.all(
        (await readClients(ids)).map((read, i) =>
          read.catch((e: unknown) => {
            byId.clear(ids[i]!);
            return toError(e);
          }),
        ),
      );
    }),
    { maxBatchSize: CT_PAGE_SIZE },
  );

  const byExternalId: DataLoader<string, ClientTetherClient | null> = new DataLoader(
    measured(ctx, "clienttether.clientByExternalId", async (exts: readonly string[]) =>
      Promise.all(
        exts.map(async (ext) => {
          try {
            if (!ctx.fresh) {
              const id = await ctx.cache.get<string>(NS_EXT, ext);
              if (id) {
                const c = await byId.load(id);
                // the mapping is only a hint: the client may have changed its external id since
                if (c && String(c.external_id ?? "") === ext) return c;
              }
            }
            const c = await limit(() => api.readClientByExternalId(ext));
            if (c) {
              byId.clear(String(c.client_id)).prime(String(c.client_id), c);
              await remember(c);
            }
            return c;
          } catch (e) {
            byExternalId.clear(ext);
            return toError(e);
          }
        }),
      ),
    ),
    { maxBatchSize: CT_PAGE_SIZE },
  );

  const refMemo = new Map<string, Promise<unknown>>();
  const perClientMemo = new Map<string, DataLoader<string, unknown>>();

  return {
    api,
    limit,
    byId,
    byExternalId,
    trackListing(p) {
      listings.add(p);
      const done = () => listings.delete(p);
      p.then(done, done);
      return p;
    },
    async prime(clients) {
      for (const c of clients) {
        const id = String(c.client_id);
        primed.set(id, c);
        byId.clear(id).prime(id, c);
        if (c.external_id) byExternalId.clear(String(c.external_id)).prime(String(c.external_id), c);
      }
      await Promise.all(clients.map(remember));
    },
    async listed(ids) {
      const clients = await Promise.all(await readClients(ids));
      clients.forEach((c, i) => {
        if (!c) return;
        primed.set(ids[i]!, c);
        byId.clear(ids[i]!).prime(ids[i]!, c);
      });
      return clients;
    },
    reference<T>(name: string, fetch: () => Promise<T>): Promise<T> {
      let p = refMemo.get(name) as Promise<T> | undefined;
      if (!p) {
        p = (async () => {
          if (!ctx.fresh) {
            const hit = await ctx.cache.get<T>(NS_REF, name);
            if (hit !== undefined) return hit;
          }
          const v = await limit(fetch);
          await ctx.cache.set(NS_REF, name, v, ttl.reference);
          return v;
        })();
        p.catch(() => refMemo.delete(name));
        refMemo.set(name, p);
      }
      return p;
    },
    forgetClient(clientId, externalIds) {
      primed.delete(clientId);
      byId.clear(clientId);
      for (const e of externalIds) byExternalId.clear(e);
    },
    forgetReference(names) {
      for (const n of names) refMemo.delete(n);
    },
    perClient<T>(name: string, fetch: (clientId: string) => Promise<T>): DataLoader<string, T> {
      let loader = perClientMemo.get(name) as DataLoader<string, T> | undefined;
      if (!loader) {
        // `payments:<since>` carries an argument: the label keeps the name before the colon
        const l: DataLoader<string, T> = new DataLoader<string, T>(
          measured(ctx, `clienttether.${name.split(":")[0]}`, async (ids: readonly string[]) =>
            Promise.all(
              ids.map(async (id) => {
                try {
                  return await limit(() => fetch(id));
                } catch (e) {
                  l.clear(id);
                  return toError(e);
                }
              }),
            ),
          ),
          { maxBatchSize: CT_PAGE_SIZE },
        );
        loader = l;
        perClientMemo.set(name, l as DataLoader<string, unknown>);
      }
      return loader;
    },
  };
}

/** After a write through LeadGraph: the next read of this client goes upstream, in this request and later ones. */
export async function invalidateClient(ctx: Ctx, clientId: string, externalIds: (string | null | undefined)[] = []): Promise<void> {
  const exts = externalIds.filter((x): x is string => !!x);
  for (const fresh of [false, true]) {
    (ctx.memo.get(memoKey(fresh)) as ClientTetherLoaders | undefined)?.forgetClient(clientId, exts);
  }
  await ctx.cache.delete(NS_CLIENT, [clientId]);
  if (exts.length) await ctx.cache.delete(NS_EXT, exts);
  // any write can move a client into, out of or within a page: retire every cached page at once
  await ctx.cache.set(NS_LIST, LIST_GENERATION, randomUUID(), listGenerationTtl(ctx));
}

// Outlives the pages it names; should it expire anyway, a new one starts and old pages just expire.
const listGenerationTtl = (ctx: Ctx) => Math.max(ctx.config.ttlSeconds.lead * 10, 3600);

/**
 * The current generation of cached list pages (shared by replicas through Redis). A page is
 * cached under it for `ttlSeconds.lead`, like the clients it lists; a write through LeadGraph
 * (`invalidateClient`) starts a new generation so no page outlives a change made here.
 */
export async function listGeneration(ctx: Ctx): Promise<string> {
  const current = await ctx.cache.get<string>(NS_LIST, LIST_GENERATION);
  if (current) return current;
  const fresh = randomUUID();
  await ctx.cache.set(NS_LIST, LIST_GENERATION, fresh, listGenerationTtl(ctx));
  return fresh;
}

/** After a reference-data write: that list is read afresh next time. */
export async function invalidateReference(ctx: Ctx, names: string[]): Promise<void> {
  await ctx.cache.delete(NS_REF, names);
  for (const fresh of [false, true]) (ctx.memo.get(memoKey(fresh)) as ClientTetherLoaders | undefined)?.forgetReference(names);
}
