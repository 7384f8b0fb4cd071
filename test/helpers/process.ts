import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

/**
 * Helpers for lifecycle tests that need a real OS process: SIGKILL cannot be simulated inside
 * the test process (no finally blocks, no close() — only what reached the store survives).
 */
export const ROOT = path.resolve(import.meta.dirname, "../..");

export interface Server {
  url: string;
  child: ChildProcess;
  /** Exit code, or null when the process was ended by a signal. */
  exited: Promise<number | null>;
}

/**
 * Spawns `node <fixture>` (a TypeScript file under the repo, run through swc like `npm run dev`)
 * and resolves once it prints `READY <url>`. The fixture decides what app it starts; `env` is
 * added to this process's environment.
 */
export function startServer(fixture: string, env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, ["--import", "@swc-node/register/esm-register", fixture], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "test", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += String(d)));
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d) => {
      out += String(d);
      const m = /READY (\S+)/.exec(out);
      if (m) resolve({ url: m[1]!, child, exited });
    });
    // A no-op once READY was seen; before that, the fixture's stderr is the only clue.
    void exited.then((code) => reject(new Error(`server exited (${code}) before READY: ${stderr.slice(0, 2000)}`)));
  });
}

/**
 * Sends `total` requests with `concurrency` in flight; calls `onAck` for every one `send`
 * reports as acknowledged (a defined result). A request that throws — connection refused or
 * reset once the server is killed — counts as not acknowledged, which is exactly what a client
 * of a crashed server sees.
 */
export async function burst<T>(
  total: number,
  concurrency: number,
  send: (i: number) => Promise<T | undefined>,
  onAck: (i: number, result: T) => void,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        let result: T | undefined;
        try {
          result = await send(i);
        } catch {
          continue; // not acknowledged
        }
        // Outside the try: an assertion failing in onAck must fail the test, not pass as a lost request.
        if (result !== undefined) onAck(i, result);
      }
    }),
  );
}
