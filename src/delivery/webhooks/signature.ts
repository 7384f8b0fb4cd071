import { createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";

/**
 * Standard Webhooks 1.0 symmetric signatures (spec "Signature scheme"): HMAC-SHA256 over
 * `{msg_id}.{timestamp}.{payload}`, sent as `webhook-signature: v1,<base64>`.
 *
 * Nothing here puts a secret or a whole signature into an error message: these errors end up in
 * start-up output and in the delivery log.
 */

export const SECRET_PREFIX = "whsec_";
// spec table "Signing secret": "Random. At least 24 bytes (192 bits, 512 maximum)"
export const MIN_SECRET_BYTES = 24;
export const MAX_SECRET_BYTES = 64;
export const WEBHOOK_USER_AGENT = "LeadGraph-Webhooks/1";

// Strict, padded standard base64: Buffer.from(…, "base64") would silently skip stray characters,
// and a secret we decode differently from the receiver's library signs everything wrongly.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

// The spec: the id must "not be allowed to include any `.`" (it is the signed content's delimiter);
// the rest keeps it a safe header value (no CR/LF, no spaces).
const MESSAGE_ID = /^[A-Za-z0-9_:-]{1,256}$/;

export class WebhookSecretError extends Error {
  override readonly name = "WebhookSecretError";
}

/** The HMAC key of a `whsec_<base64>` secret; throws WebhookSecretError (never quoting the secret). */
export function parseSecret(secret: string): Buffer {
  if (typeof secret !== "string" || !secret.startsWith(SECRET_PREFIX)) {
    throw new WebhookSecretError(`a webhook secret must start with "${SECRET_PREFIX}"`);
  }
  const encoded = secret.slice(SECRET_PREFIX.length);
  if (encoded.length === 0 || !BASE64.test(encoded)) {
    throw new WebhookSecretError(`a webhook secret must be "${SECRET_PREFIX}" followed by standard, padded base64`);
  }
  const key = Buffer.from(encoded, "base64");
  if (key.length < MIN_SECRET_BYTES || key.length > MAX_SECRET_BYTES) {
    throw new WebhookSecretError(
      `a webhook secret must decode to ${MIN_SECRET_BYTES}–${MAX_SECRET_BYTES} bytes (this one has ${key.length})`,
    );
  }
  return key;
}

/** A new `whsec_` secret of 32 random bytes, for tests, demo tenants and documentation. */
export function generateSecret(bytes = 32): string {
  return SECRET_PREFIX + randomBytes(bytes).toString("base64");
}

/**
 * A fresh message id. The outbox must store it with the message: the same id goes out on every
 * retry, since receivers use `webhook-id` as their idempotency key.
 */
export function newMessageId(): string {
  return `msg_${randomUUID().replaceAll("-", "")}`;
}

function checkSignedParts(msgId: string, timestampSec: number): void {
  if (!MESSAGE_ID.test(msgId)) throw new TypeError("a webhook message id must be 1–256 of [A-Za-z0-9_:-] (no '.')");
  if (!Number.isSafeInteger(timestampSec) || timestampSec < 0) throw new TypeError("webhook timestamp must be whole unix seconds");
}

function hmac(key: Buffer, msgId: string, timestampSec: number, body: string): Buffer {
  return createHmac("sha256", key).update(`${msgId}.${timestampSec}.${body}`, "utf8").digest();
}

/** `v1,<base64 HMAC-SHA256 of "<msgId>.<timestampSec>.<body>">`; `secret` is a `whsec_` string or its parsed key. */
export function sign(secret: string | Buffer, msgId: string, timestampSec: number, body: string): string {
  checkSignedParts(msgId, timestampSec);
  const key = typeof secret === "string" ? parseSecret(secret) : secret;
  return `v1,${hmac(key, msgId, timestampSec, body).toString("base64")}`;
}

export interface WebhookHeaderInput {
  msgId: string;
  /** The attempt's time (spec: updated on every retry), not the event's; unix seconds. */
  timestampSec: number;
  /** The exact bytes sent: a re-serialised body would not verify. */
  body: string;
  secret: string | Buffer;
}

/** Every header a webhook request carries, and nothing else (no auth, no cookies). */
export function webhookHeaders({ msgId, timestampSec, body, secret }: WebhookHeaderInput): Record<string, string> {
  return {
    "webhook-id": msgId,
    "webhook-timestamp": String(timestampSec),
    "webhook-signature": sign(secret, msgId, timestampSec, body),
    "content-type": "application/json",
    "user-agent": WEBHOOK_USER_AGENT,
  };
}

/**
 * Constant-time check of a `webhook-signature` header value (space-separated `v1,<b64>` list, as
 * the spec allows during key rotation). For our own tests and tools; receivers use their library.
 */
export function verifySignature(secret: string | Buffer, msgId: string, timestampSec: number, body: string, header: string): boolean {
  const key = typeof secret === "string" ? parseSecret(secret) : secret;
  const expected = hmac(key, msgId, timestampSec, body);
  return header.split(" ").some((entry) => {
    const [version, b64] = entry.split(",", 2);
    if (version !== "v1" || !b64 || !BASE64.test(b64)) return false;
    const given = Buffer.from(b64, "base64");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
