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

/** Deep-replaces configured secret values anywhere in a log object (urls, bodies, errors). */
export function scrubSecrets(value: unknown, secrets: string[], depth = 0): unknown {
  if (depth > 8) return value;
  if (typeof value === "string") return scrubString(value, secrets);
  if (Array.isArray(value)) return value.map((v) => scrubSecrets(v, secrets, depth + 1));
  if (value && typeof value === "object") {
    if (value instanceof Error) {
      return { type: value.name, message: scrubString(value.message, secrets), code: (value as { code?: string }).code };
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = scrubSecrets(v, secrets, depth + 1);
    return out;
  }
  return value;
}
