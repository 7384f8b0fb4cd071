import { hash, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import type { TenantContext } from "../vendors/types.js";

/** A tenant as the server sees it: what vendors see of it, and the hashes of its API keys. */
export interface ServedTenant extends TenantContext {
  /** `sha256:<hex>` of each key the tenant's apps may send. */
  apiKeys: readonly string[];
}

/**
 * Partner apps send `Authorization: Bearer <api key>` or `x-api-key: <api key>`. Keys are
 * stored only as sha256 hashes; the presented key is hashed and compared in constant time
 * against every configured hash (no early exit, no map lookup timing).
 */
export class ApiKeyAuth {
  private readonly entries: { hash: Buffer; tenant: ServedTenant }[];

  constructor(tenants: readonly ServedTenant[]) {
    this.entries = tenants.flatMap((tenant) =>
      tenant.apiKeys.map((h) => ({ hash: Buffer.from(h.slice("sha256:".length), "hex"), tenant })),
    );
  }

  static keyFrom(headers: IncomingHttpHeaders): string | undefined {
    const auth = headers.authorization;
    if (auth) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
      return m?.[1];
    }
    const x = headers["x-api-key"];
    return Array.isArray(x) ? x[0] : x || undefined;
  }

  tenantFor(key: string | undefined): ServedTenant | undefined {
    if (!key) return undefined;
    const presented = hash("sha256", key, "buffer"); // one-shot: cheaper than createHash() per request
    let found: ServedTenant | undefined;
    for (const e of this.entries) if (timingSafeEqual(e.hash, presented) && !found) found = e.tenant;
    return found;
  }
}
