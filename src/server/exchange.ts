import type { IncomingMessage, ServerResponse } from "node:http";

/** One HTTP request and its response, with the parts of the target every route needs. */
export interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  requestId: string;
  /** The request target as sent (`/graphql?query=…`). */
  target: string;
  /** The target up to `?`. */
  path: string;
  /** From `?` on, or "". */
  search: string;
}

/** A client error found while reading a request: answered as a GraphQL error with this status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Listener-based rather than `for await`: the async iterator costs a few % of a small request's CPU. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        req.resume();
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.once("error", reject);
  });
}

const tooLarge = (limit: number) => new HttpError(413, `request body exceeds the limit of ${limit} bytes (bodyLimitBytes)`);

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  // with a length Node sends head and body in one write; without, writeHead makes it chunked
  const length = String(Buffer.byteLength(text));
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": length, ...headers });
  res.end(text);
}

export function notFound(res: ServerResponse) {
  sendJson(res, 404, { error: "not found" });
}

/** A GraphQL-shaped error answer (`errors[0].extensions.code` and the request id). */
export function gqlError(res: ServerResponse, status: number, code: string, message: string, requestId: string) {
  const headers: Record<string, string> = status === 401 ? { "www-authenticate": 'Bearer realm="leadgraph"' } : {};
  sendJson(res, status, { errors: [{ message, extensions: { code, requestId } }] }, headers);
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The body as text, or HttpError 400 when it is not valid UTF-8: a replacement character in
 * place of bad bytes would reach the vendors as data nobody sent.
 */
export function utf8Text(body: Buffer): string {
  try {
    return utf8.decode(body);
  } catch {
    const at = firstInvalidUtf8(body);
    throw new HttpError(400, `request body is not valid UTF-8 (invalid byte sequence at offset ${at}); send UTF-8 text`);
  }
}

function firstInvalidUtf8(b: Buffer): number {
  let lo = 0;
  let hi = b.length;
  // the longest valid prefix, by bisection (decoding a prefix cut mid-character also fails, so ±3 bytes)
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(b.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

/** Deepest JSON nesting accepted in a request body (GraphQL or webhook). */
export const MAX_JSON_DEPTH = 128;

/**
 * HttpError 400 when JSON text nests arrays/objects deeper than `max`: found by one linear
 * scan before parsing, so a 400k-deep body never reaches a recursive walker (a stack overflow
 * was a 500).
 */
export function checkJsonDepth(text: string, max = MAX_JSON_DEPTH): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped char
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) throw new HttpError(400, `JSON body nests deeper than ${max} levels`);
    } else if (c === 93 || c === 125) depth--;
  }
}
