import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { Webhook } from "standardwebhooks";

/**
 * A partner's webhook endpoint over real HTTP on 127.0.0.1 (ephemeral port). It records every
 * request as received (raw body included), checks it with the `standardwebhooks` library — the
 * receiver side the spec's partners use, independent of our signing code — and answers as
 * scripted: `reply(r, n)` queues `r` for the next n requests; after the queue, the default (200).
 */

export interface ReceivedWebhook {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** Parsed body, or undefined when it is not JSON. */
  json: unknown;
  /** What `new Webhook(secret).verify(rawBody, headers)` said. */
  verified: boolean;
  verifyError: string | null;
  at: Date;
}

export interface ScriptedReply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Wait this long before answering (a slow or hung receiver). */
  delayMs?: number;
  /** After the headers, stream zero bytes until the client hangs up (or 50 MB, a safety stop). */
  endlessBody?: boolean;
  /** Send the headers and a first chunk of `body`, then never finish (a receiver stuck mid-answer). */
  hangAfterHeaders?: boolean;
}

export interface WebhookReceiver {
  url: string;
  requests: ReceivedWebhook[];
  /** Queue `reply` for the next `times` requests. */
  reply(reply: ScriptedReply, times?: number): WebhookReceiver;
  /** What to answer once the queue is empty. */
  setDefault(reply: ScriptedReply): WebhookReceiver;
  /** Bytes of scripted endless bodies written, and whether the client dropped the connection. */
  endless: { bytesWritten: number; clientClosed: boolean }[];
  close(): Promise<void>;
}

const ENDLESS_LIMIT = 50 * 1024 * 1024;
const CHUNK = Buffer.alloc(16 * 1024);

function verifyHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const pick = (name: string) => {
    const v = headers[name];
    return Array.isArray(v) ? v.join(", ") : (v ?? "");
  };
  return {
    "webhook-id": pick("webhook-id"),
    "webhook-timestamp": pick("webhook-timestamp"),
    "webhook-signature": pick("webhook-signature"),
  };
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function streamEndless(res: ServerResponse, record: { bytesWritten: number; clientClosed: boolean }): void {
  res.on("close", () => {
    record.clientClosed = !res.writableFinished;
  });
  const pump = () => {
    while (!res.destroyed && record.bytesWritten < ENDLESS_LIMIT) {
      record.bytesWritten += CHUNK.length;
      if (!res.write(CHUNK)) {
        res.once("drain", pump);
        return;
      }
    }
    if (!res.destroyed) res.end();
  };
  pump();
}

export async function startWebhookReceiver(opts: { secret: string }): Promise<WebhookReceiver> {
  const verifier = new Webhook(opts.secret);
  const queue: ScriptedReply[] = [];
  let fallback: ScriptedReply = { status: 200, body: "ok" };
  const requests: ReceivedWebhook[] = [];
  const endless: WebhookReceiver["endless"] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const rawBody = Buffer.concat(chunks).toString("utf8");
      let verifyError: string | null = null;
      try {
        verifier.verify(rawBody, verifyHeaders(req.headers));
      } catch (e) {
        verifyError = e instanceof Error ? e.message : String(e);
      }
      requests.push({
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        rawBody,
        json: parseOrUndefined(rawBody),
        verified: verifyError === null,
        verifyError,
        at: new Date(),
      });
      const r = queue.shift() ?? fallback;
      const answer = () => {
        if (res.destroyed) return;
        res.writeHead(r.status, r.headers);
        if (r.endlessBody) {
          const record = { bytesWritten: 0, clientClosed: false };
          endless.push(record);
          streamEndless(res, record);
        } else if (r.hangAfterHeaders) res.write(r.body ?? " ");
        else res.end(r.body ?? "");
      };
      if (r.delayMs) {
        const t = setTimeout(() => {
          timers.delete(t);
          answer();
        }, r.delayMs);
        timers.add(t);
      } else answer();
    });
  });
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const receiver: WebhookReceiver = {
    url: `http://127.0.0.1:${port}/hooks`,
    requests,
    endless,
    reply(reply, times = 1) {
      for (let i = 0; i < times; i++) queue.push(reply);
      return receiver;
    },
    setDefault(reply) {
      fallback = reply;
      return receiver;
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return receiver;
}

/** Polls `predicate` until it holds; rejects after `timeoutMs` with `what` in the message. */
export async function waitFor(predicate: () => boolean | Promise<boolean>, timeoutMs = 5000, what = "condition"): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await predicate()) return;
    if (Date.now() > until) throw new Error(`waitFor: ${what} not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
