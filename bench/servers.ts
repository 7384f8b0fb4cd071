import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Runs each server under test in its own process so the load generator has its own core. */
const here = path.dirname(fileURLToPath(import.meta.url));

export interface Child {
  url: string;
  banner: string;
  stop(): Promise<void>;
}

export async function startChild(script: string, env: Record<string, string>, ready: RegExp): Promise<Child> {
  const proc: ChildProcess = spawn(process.execPath, [path.join(here, script)], {
    env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "warn", PORT: "0", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  const url = await new Promise<string>((resolve, reject) => {
    proc.once("exit", (code) => reject(new Error(`${script} exited with ${code}: ${out}`)));
    proc.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = ready.exec(out);
      if (m) resolve(m[1]!);
    });
  });
  return {
    url,
    banner: out,
    async stop() {
      proc.kill("SIGTERM");
      await once(proc, "exit");
    },
  };
}
