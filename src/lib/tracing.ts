import { SpanKind, SpanStatusCode, trace, type Attributes, type Span } from "@opentelemetry/api";

/**
 * OpenTelemetry tracing, off unless the process registers an SDK (README "Tracing"). Only
 * `@opentelemetry/api` is used here: with no tracer provider registered every span is a
 * non-recording no-op, so tracing costs next to nothing until someone turns it on, and
 * LeadGraph never picks an exporter for its users.
 *
 * Spans: `graphql.operation` (server/tracing.ts) → one per vendor-backed resolver → one per
 * upstream call (here, from lib/http.ts). Attribute values are chosen, never copied from
 * requests: vendor, operation names, HTTP method and status, error codes. No URLs — vendors'
 * credentials travel in query strings (`?key=`, `lead_token=`) — no headers, bodies, arguments
 * or error messages, and no tenant ids (the request id links a trace to the logs).
 */
export const tracer = trace.getTracer("leadgraph");

/**
 * `@Extensions(VENDOR_BACKED)` on a field resolver that calls a vendor gives it a resolver span
 * (root Query/Mutation fields always get one). Trivial fields stay unwrapped: a span per field
 * per list item would cost more than the fields themselves.
 */
export const VENDOR_BACKED_EXTENSION = "leadgraphTrace";
export const VENDOR_BACKED = { [VENDOR_BACKED_EXTENSION]: true } as const;

/** Marks a span failed with a code only: messages may echo vendor bodies. */
export function failSpan(span: Span, code: string): void {
  span.setAttribute("leadgraph.error.code", code);
  span.setStatus({ code: SpanStatusCode.ERROR, message: code });
}

/** Error codes we own (VendorError and other GraphQLErrors carry `extensions.code`). */
export function errorCode(e: unknown): string {
  const ext = (e as { extensions?: { code?: unknown } } | null)?.extensions;
  return typeof ext?.code === "string" ? ext.code : "INTERNAL_SERVER_ERROR";
}

/**
 * Runs one upstream call (all of its attempts) in an active CLIENT span, so anything below it
 * nests. `fn` reports what it learns through `span` (status, attempts) only when recording.
 */
export function withUpstreamSpan<T>(vendor: string, operation: string, method: string, fn: (span: Span) => Promise<T>): Promise<T> {
  const attributes: Attributes = {
    "leadgraph.vendor": vendor,
    "leadgraph.vendor.operation": operation,
    "http.request.method": method.toUpperCase(),
  };
  return tracer.startActiveSpan(`${vendor} ${operation}`, { kind: SpanKind.CLIENT, attributes }, async (span) => {
    try {
      return await fn(span);
    } catch (e) {
      failSpan(span, errorCode(e));
      throw e;
    } finally {
      span.end();
    }
  });
}
