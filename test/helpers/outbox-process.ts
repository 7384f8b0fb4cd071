import { spawn, type ChildProcess } from "node:child_process";
import { expect } from "vitest";
import { DEMO_API_KEY } from "../../src/app.js";
import { ROOT } from "./process.js";

/** test/fixtures/outbox-server.ts in its own OS process, as operators run LeadGraph: NODE_ENV unset, not `test`. */
export interface OutboxServer {
  name: string;
  url: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  /** Everything it wrote to stdout (pino's JSON lines). */
  stdout: string[];
  stderr: string[];
}

/**
 * Spawns the fixture and resolves once it prints `READY <url>`. `unset` names variables of this
 * shell the child must not inherit (a DATABASE_URL or REDIS_URL that would change its store).
 */
export function startOutboxServer(name: string, env: Record<string, string>, unset: string[] = []): Promise<OutboxServer> {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ["NODE_ENV", "VITEST", ...unset]) delete base[k];
  const child = spawn(process.execPath, ["--import", "@swc-node/register/esm-register", "test/fixtures/outbox-server.ts"], {
    cwd: ROOT,
    env: { ...base, PORT: "0", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const stdout: string[] = [];
  const stderr: string[] = [];
  child.stderr!.on("data", (d) => stderr.push(String(d)));
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (d) => {
      stdout.push(String(d));
      const m = /READY (\S+)/.exec(stdout.join(""));
      if (m) resolve({ name, url: m[1]!, child, exited, stdout, stderr });
    });
    void exited.then((code) => reject(new Error(`${name} exited (${code}) before READY: ${stderr.join("").slice(0, 3000)}`)));
  });
}

/** A GraphQL operation against the fixture's demo tenant; its `data`, with no `errors` allowed. */
export async function outboxGql<T>(server: Pick<OutboxServer, "url">, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${DEMO_API_KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}
