import { createPubSub } from "@graphql-yoga/subscription";
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { Redis } from "ioredis";

/**
 * Subscription events. In-process by default; with REDIS_URL every replica publishes to and
 * listens on Redis, so an event received by one replica reaches subscribers on another.
 * Topics carry the tenant id, so tenants never see each other's events.
 */
export type PubSub = ReturnType<typeof createPubSub<Record<string, [unknown]>>> & { close(): Promise<void> };

export function createAppPubSub(redisUrl?: string): PubSub {
  if (!redisUrl) {
    const ps = createPubSub<Record<string, [unknown]>>();
    return Object.assign(ps, { close: async () => {} });
  }
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 });
  const ps = createPubSub<Record<string, [unknown]>>({
    eventTarget: createRedisEventTarget({ publishClient, subscribeClient }),
  });
  return Object.assign(ps, {
    close: async () => {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  });
}
