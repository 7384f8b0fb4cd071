/**
 * What one GraphQL request cost upstream: calls per vendor and operation, cache hits and
 * misses, time spent waiting on vendors. Served as `extensions.upstream` on every response
 * and summed into process-wide metrics.
 */
export interface UpstreamCall {
  vendor: string;
  operation: string;
  status: number | "error";
  ms: number;
}

export class UpstreamStats {
  readonly calls: UpstreamCall[] = [];
  cacheHits = 0;
  cacheMisses = 0;

  /**
   * @param deadlineAt epoch ms when the request's vendor work is abandoned
   *   (`server.requestDeadlineMs`); lib/http.ts bounds every call of this request by it.
   */
  constructor(
    private readonly sink?: (call: UpstreamCall) => void,
    readonly deadlineAt = Number.POSITIVE_INFINITY,
  ) {}

  record(call: UpstreamCall): void {
    this.calls.push(call);
    this.sink?.(call);
  }

  /** Compact form for `extensions.upstream`. */
  summary() {
    const byVendor: Record<string, Record<string, number>> = {};
    let ms = 0;
    for (const c of this.calls) {
      const ops = (byVendor[c.vendor] ??= {});
      ops[c.operation] = (ops[c.operation] ?? 0) + 1;
      ms += c.ms;
    }
    return {
      calls: this.calls.length,
      byVendor,
      cache: { hits: this.cacheHits, misses: this.cacheMisses },
      upstreamMs: Math.round(ms * 10) / 10,
    };
  }
}
