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

/** Longest string a log line carries; cut AFTER scrubbing, so a cut never leaves half a secret unscrubbed. */
export const MAX_LOG_STRING = 2000;

export function createLogger(opts: { level?: string; secrets?: string[]; destination?: DestinationStream } = {}): Logger {
  const secrets = opts.secrets ?? [];
  const options: pino.LoggerOptions = {
    level: opts.level ?? "info",
    base: { service: "leadgraph" },
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    // scrub, then cut long strings (vendor bodies): the other order could keep half a secret
    formatters: { log: (obj) => scrubSecrets(obj, secrets, 0, 8, MAX_LOG_STRING) as Record<string, unknown> },
  };
  if (secrets.length) {
    options.hooks = {
      logMethod(args, method) {
        method.apply(this, args.map((a) => (typeof a === "string" ? scrubString(a, secrets) : a)) as Parameters<typeof method>);
      },
    };
  }
  return pino(options, opts.destination);
}

/**
 * Secrets shorter than this are matched only as whole tokens (not next to a letter, digit or
 * `_ - . ~ + '`), so a short credential (`t`, `test`) never garbles words that merely contain
 * it; longer ones are matched anywhere.
 */
export const WHOLE_TOKEN_BELOW = 8;

/**
 * The forms a vendor may echo a secret in: as configured, URL-encoded (`%2F`, either case),
 * form-encoded (`+` for space), JSON-escaped (`\"`, `\u00xx`) and with JSON's optional `\/`.
 */
function secretForms(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const form = new URLSearchParams({ s: secret }).toString().slice(2);
  return [...new Set([secret, encodeURIComponent(secret), encodeURI(secret), form, json, json.replace(/\//g, "\\/")])];
}

const reEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A form as a pattern: percent-escapes match in either case. */
const formPattern = (form: string) => reEscape(form).replace(/%([0-9A-F]{2})/g, (_, h: string) => `%(?:${h}|${h.toLowerCase()})`);

const scrubbers = new WeakMap<readonly string[], RegExp | null>();

function scrubberFor(secrets: readonly string[]): RegExp | null {
  let re = scrubbers.get(secrets);
  if (re === undefined) {
    const long: string[] = [];
    const short: string[] = [];
    for (const secret of new Set(secrets)) {
      if (!secret) continue;
      for (const f of secretForms(secret)) (secret.length < WHOLE_TOKEN_BELOW ? short : long).push(f);
    }
    const alt = (forms: string[]) => forms.sort((a, b) => b.length - a.length).map(formPattern).join("|");
    const parts = [...(long.length ? [alt(long)] : []), ...(short.length ? [`(?<![\\w.~+'-])(?:${alt(short)})(?![\\w.~+'-])`] : [])];
    re = parts.length ? new RegExp(parts.join("|"), "g") : null;
    scrubbers.set(secrets, re);
  }
  return re;
}

export function scrubString(s: string, secrets: readonly string[]): string {
  const re = scrubberFor(secrets);
  return re ? s.replace(re, "[redacted]") : s;
}

/** Deep-replaces configured secret values anywhere in a log object (urls, bodies, errors); logs stop at depth 8. */
export function scrubSecrets(value: unknown, secrets: string[], depth = 0, maxDepth = 8, maxString = Number.POSITIVE_INFINITY): unknown {
  if (depth > maxDepth) return value;
  if (typeof value === "string") {
    const out = scrubString(value, secrets);
    return out.length > maxString ? `${out.slice(0, maxString)}…[${out.length - maxString} more chars]` : out;
  }
  if (Array.isArray(value)) return value.map((v) => scrubSecrets(v, secrets, depth + 1, maxDepth, maxString));
  if (value && typeof value === "object") {
    if (value instanceof Error) {
      return { type: value.name, message: scrubString(value.message, secrets), code: (value as { code?: string }).code };
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = scrubSecrets(v, secrets, depth + 1, maxDepth, maxString);
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
  if (scrubString(text, secrets) === text) return data;
  return scrubSecrets(data, secrets, 0, Number.POSITIVE_INFINITY) as T;
}
