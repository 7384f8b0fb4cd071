import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { UpstreamCall } from "./upstream-stats.js";

/**
 * Prometheus metrics served at /metrics. Labels never carry tenant secrets or lead data:
 * vendor, operation name, status/outcome, cache namespace only.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly graphqlOps = new Histogram({
    name: "leadgraph_graphql_operation_seconds",
    help: "GraphQL operations by name and outcome",
    labelNames: ["operation", "outcome"],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly upstream = new Histogram({
    name: "leadgraph_upstream_request_seconds",
    help: "Vendor calls by vendor, operation and HTTP status (or error)",
    labelNames: ["vendor", "operation", "status"],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly cache = new Counter({
    name: "leadgraph_cache_lookups_total",
    help: "Cache lookups by namespace and result",
    labelNames: ["namespace", "result"],
    registers: [this.registry],
  });
  readonly loaderBatch = new Histogram({
    name: "leadgraph_dataloader_batch_size",
    help: "DataLoader batch sizes by loader",
    labelNames: ["loader"],
    buckets: [1, 2, 5, 10, 20, 50, 100],
    registers: [this.registry],
  });
  /**
   * Breakers are per tenant+vendor, the label is vendor only (no tenant ids in labels), so the
   * value is how many tenants' circuits for that vendor are open right now: 0 = all closed, and
   * with one tenant it reads as the usual 0/1. A 0/1 flag would hide whether one tenant's bad
   * credentials or every tenant's traffic is failing. Half-open counts as not open (a trial
   * call is allowed). Per process: sum across replicas.
   */
  readonly breakersOpen = new Gauge({
    name: "leadgraph_circuit_breakers_open",
    help: "Tenant circuit breakers currently open for this vendor (0 = every tenant's circuit closed or half-open)",
    labelNames: ["vendor"],
    registers: [this.registry],
  });
  readonly inboxDepth = new Gauge({
    name: "leadgraph_webhook_inbox_pending",
    help: "Webhook inbox / forwarding outbox records waiting to be processed",
    labelNames: ["queue"],
    registers: [this.registry],
  });

  /** Operation names that have a series of their own; every later new name counts as `other`. */
  static readonly MAX_OPERATION_LABELS = 200;
  private readonly operationLabels = new Set<string>();

  /**
   * One finished GraphQL operation. `name` is the parsed, validated operation's name (undefined
   * when it did not parse or validate: `other`); the first MAX_OPERATION_LABELS distinct names
   * get a series each, the rest `other`, so clients choosing names cannot grow /metrics.
   */
  observeOperation(name: string | undefined, outcome: "ok" | "error", seconds: number): void {
    let label = "other";
    if (name !== undefined && name !== "other") {
      if (this.operationLabels.has(name)) label = name;
      else if (this.operationLabels.size < Metrics.MAX_OPERATION_LABELS) {
        this.operationLabels.add(name);
        label = name;
      }
    }
    this.graphqlOps.observe({ operation: label, outcome }, seconds);
  }

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: "leadgraph_process_" });
  }

  /** `CircuitListener` for lib/http.ts: keeps `breakersOpen` a count of open tenant circuits per vendor. */
  recordCircuit = (vendor: string, open: boolean): void => {
    if (open) this.breakersOpen.inc({ vendor });
    else this.breakersOpen.dec({ vendor });
  };

  /** Observes each DataLoader batch's size; `loader` is a fixed name from code, never a key or argument. */
  recordBatch = (loader: string, size: number): void => {
    this.loaderBatch.observe({ loader }, size);
  };

  recordUpstream = (call: UpstreamCall): void => {
    this.upstream.observe({ vendor: call.vendor, operation: call.operation, status: String(call.status) }, call.ms / 1000);
  };
}
