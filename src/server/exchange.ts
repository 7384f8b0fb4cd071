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
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

export function notFound(res: ServerResponse) {
  sendJson(res, 404, { error: "not found" });
}

/** A GraphQL-shaped error answer (`errors[0].extensions.code` and the request id). */
export function gqlError(res: ServerResponse, status: number, code: string, message: string, requestId: string) {
  const headers: Record<string, string> = status === 401 ? { "www-authenticate": 'Bearer realm="leadgraph"' } : {};
  sendJson(res, status, { errors: [{ message, extensions: { code, requestId } }] }, headers);
}
