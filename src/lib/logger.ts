import { pino, type Logger, type DestinationStream } from "pino";


export type { Logger };

/**
 * Structured JSON logs. Redaction paths cover every header or field that can carry a
 * credential; config-known secret values are also scrubbed from messages by `secretScrubber`.
 */
export const REDACT_PATHS = [
  "req.headers.authorization",
  "req.headers['x-api-key']",
  "req.headers['x-access-token']",
  "req.headers['x-web-key']",
  "headers.authorization",
  "headers['x-access-token']",
  "headers['x-web-key']",
  "*.accessToken",
  "*.webKey",
  "*.token",
  "*.key",
  "*.leadToken",
  "*.webhookSecret",
];

export function createLogger(opts: { level?: string; secrets?: string[]; destination?: DestinationStream } = {}): Logger {
  const secrets = (opts.secrets ?? []).filter((s) => s.length >= 4);
  const options: pino.LoggerOptions = {
    level: opts.level ?? "info",
    base: { service: "leadgraph" },
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
  };
  if (secrets.length) {
    options.formatters = { log: (obj) => scrubSecrets(obj, secrets) as Record<string, unknown> };
    options.hooks = {
      logMethod(args, method) {
        method.apply(this, args.map((a) => (typeof a === "string" ? scrubString(a, secrets) : a)) as Parameters<typeof method>);
      },
    };
  }
  return pino(
    options,
    opts.destination,
  );
}

export function scrubString(s: string, secrets: string[]): string {
  let out = s;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join("[redacted]");
  return out;
}

/** Deep-replaces configured secret values anywhere in a log object (urls, bodies, errors); logs stop at depth 8. */
export function scrubSecrets(value: unknown, secrets: string[], depth = 0, maxDepth = 8): unknown {
  if (depth > maxDepth) return value;
  if (typeof value === "string") return scrubString(value, secrets);
  if (Array.isArray(value)) return value.map((v) => scrubSecrets(v, secrets, depth + 1, maxDepth));
  if (value && typeof value === "object") {
    if (value instanceof Error) {
      return { type: value.name, message: scrubString(value.message, secrets), code: (value as { code?: string }).code };
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = scrubSecrets(v, secrets, depth + 1, maxDepth);
    return out;
  }
  return value;
}

/**
 * A mutation's result data with configured secrets replaced. Mutation payloads carry vendors'
 * own messages (a rejection's text, its field errors), and a vendor may echo the credential it
 * refused; errors are scrubbed by formatError, this covers the data. A no-op (one stringify)
 * when nothing matches.
 */
export function scrubResultData<T>(data: T, secrets: string[]): T {
  if (!secrets.length || data == null) return data;
  const text = JSON.stringify(data);
  if (!secrets.some((s) => text.includes(s) || text.includes(JSON.stringify(s).slice(1, -1)))) return data;
  return scrubSecrets(data, secrets, 0, Number.POSITIVE_INFINITY) as T;
}
