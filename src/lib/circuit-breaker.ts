import { BrokenCircuitError, CircuitState, ConsecutiveBreaker, circuitBreaker, handleWhen, type CircuitBreakerPolicy } from "cockatiel";

/**
 * One circuit breaker per tenant+vendor (cockatiel). After `consecutiveFailures` failed
 * attempts in a row the circuit opens and calls fail fast without touching the network; after
 * `halfOpenAfterMs` one trial call is let through (half-open): success closes the circuit,
 * failure opens it again. Keyed by tenant as well as vendor, so one tenant's bad credentials
 * or base URL never cut off another tenant, and one vendor's outage never touches another.
 *
 * What counts as a failure is the caller's decision (`lib/http.ts`: no response at all, or a
 * 5xx) — a 4xx is the vendor answering, not the vendor being down.
 */
export interface BreakerOptions {
  /** Failed attempts in a row that open the circuit. Default 5. */
  consecutiveFailures: number;
  /** How long the circuit stays open before one trial call is allowed. Default 10 s. */
  halfOpenAfterMs: number;
}

export const DEFAULT_BREAKER: BreakerOptions = { consecutiveFailures: 5, halfOpenAfterMs: 10_000 };

/** Thrown by `CircuitBreakers.run` when the circuit is open (or half-open with its trial call in flight). */
export class CircuitOpenError extends Error {
  constructor(readonly key: string) {
    super(`circuit open for ${key}`);
  }
}

/** Marks a result as a failure for the breaker without turning it into an exception for the caller. */
class CountedFailure<T> extends Error {
  constructor(readonly value: T) {
    super("counted failure");
  }
}

/**
 * Told when a tenant+vendor circuit starts or stops failing fast (`open`: true on break, false
 * on reset or half-open). Called once per transition, so a listener can keep counts.
 */
export type CircuitListener = (vendor: string, open: boolean) => void;

/**
 * A failure that says nothing about the vendor (the caller's own request deadline cut the
 * attempt short): rethrown as its `cause`, never counted against the circuit.
 */
export class NotCounted extends Error {
  constructor(override readonly cause: unknown) {
    super("not counted against the circuit");
  }
}

export class CircuitBreakers {
  private readonly breakers = new Map<string, CircuitBreakerPolicy>();
  /** Keys whose circuit is open: transitions are reported from here, not from raw events, so a repeated event cannot skew a count. */
  private readonly open = new Set<string>();

  constructor(
    private readonly optionsFor: (vendor: string) => BreakerOptions = () => DEFAULT_BREAKER,
    private readonly onChange?: CircuitListener,
  ) {}

  private get(tenantId: string, vendor: string): CircuitBreakerPolicy {
    const key = `${tenantId}:${vendor}`;
    let b = this.breakers.get(key);
    if (!b) {
      const o = this.optionsFor(vendor);
      b = circuitBreaker(
        handleWhen((e) => !(e instanceof NotCounted)),
        { halfOpenAfter: o.halfOpenAfterMs, breaker: new ConsecutiveBreaker(o.consecutiveFailures) },
      );
      this.breakers.set(key, b);
      const mark = (open: boolean) => {
        if (open === this.open.has(key)) return;
        if (open) this.open.add(key);
        else this.open.delete(key);
        this.onChange?.(vendor, open);
      };
      // cockatiel moves to half-open lazily, on the first call after halfOpenAfter: until some
      // traffic arrives the circuit still reads open, which is what a caller would meet.
      b.onBreak(() => mark(true));
      b.onHalfOpen(() => mark(false));
      b.onReset(() => mark(false));
    }
    return b;
  }

  /**
   * Runs one attempt through the tenant+vendor breaker. `isFailure(value)` decides whether a
   * returned value (e.g. an HTTP 503) counts against the circuit; thrown errors always do.
   * Throws CircuitOpenError without calling `fn` when the circuit is open.
   */
  async run<T>(tenantId: string, vendor: string, fn: () => Promise<T>, isFailure: (value: T) => boolean): Promise<T> {
    const breaker = this.get(tenantId, vendor);
    try {
      return await breaker.execute(async () => {
        const value = await fn();
        if (isFailure(value)) throw new CountedFailure(value);
        return value;
      });
    } catch (e) {
      if (e instanceof CountedFailure) return e.value as T;
      if (e instanceof BrokenCircuitError) throw new CircuitOpenError(`${tenantId}:${vendor}`);
      if (e instanceof NotCounted) throw e.cause;
      throw e;
    }
  }

  state(tenantId: string, vendor: string): "closed" | "open" | "half-open" | "isolated" {
    const s = this.breakers.get(`${tenantId}:${vendor}`)?.state ?? CircuitState.Closed;
    return s === CircuitState.Open
      ? "open"
      : s === CircuitState.HalfOpen
        ? "half-open"
        : s === CircuitState.Isolated
          ? "isolated"
          : "closed";
  }
}
