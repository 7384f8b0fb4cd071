import { Redis } from "ioredis";

/** The machine's Redis for tests (TEST_REDIS_URL, like TEST_DATABASE_URL for Postgres). */
export const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/** Whether the machine's Redis answers (tests that need it skip when it does not; CI makes sure it does). */
export async function redisUp(): Promise<boolean> {
  const r = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 500 });
  r.on("error", () => {});
  try {
    await r.connect();
    return (await r.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}
