import { createPubSub } from "@graphql-yoga/subscription";
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { Redis } from "ioredis";

/**
 * Subscription events. In-process by default; with REDIS_URL every replica publishes to and
 * listens on Redis, so an event received by one replica reaches subscribers on another.
 * Topics carry the tenant id, so tenants never see each other's events; on Redis the channels
 * also carry the namespace (LEADGRAPH_CACHE_NAMESPACE), so deployments sharing one Redis never
 * see each other's events either.
 */
export type PubSub = ReturnType<typeof createPubSub<Record<string, [unknown]>>> & { close(): Promise<void> };

export function createAppPubSub(redisUrl?: string, namespace = "leadgraph"): PubSub {
  if (!redisUrl) {
    const ps = createPubSub<Record<string, [unknown]>>();
    return Object.assign(ps, { close: async () => {} });
  }
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 });
  const ps = createPubSub<Record<string, [unknown]>>({
    eventTarget: createRedisEventTarget({ publishClient, subscribeClient }),
  });
  const channel = (topic: string) => `${namespace}:${topic}`;
  return {
    publish: (topic, ...args) => ps.publish(channel(topic), ...args),
    subscribe: (topic, ...args) => ps.subscribe(channel(topic), ...args),
    close: async () => {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  } as PubSub;
}
