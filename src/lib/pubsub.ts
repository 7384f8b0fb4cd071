import { createPubSub } from "@graphql-yoga/subscription";
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import type { Redis } from "ioredis";
import type { Logger } from "./logger.js";
import { createRedisClient, isTimeout, withTimeout } from "./redis.js";

/**
 * Subscription events. In-process by default; with REDIS_URL every replica publishes to and
 * listens on Redis, so an event received by one replica reaches subscribers on another.
 * Topics carry the tenant id, so tenants never see each other's events; on Redis the channels
 * also carry the namespace (LEADGRAPH_CACHE_NAMESPACE), so deployments sharing one Redis never
 * see each other's events either.
 *
 * Redis failing never throws out of `publish` (it is fire-and-forget; an unhandled rejection
 * there used to end the process). A publish that fails is kept (the last `MAX_PENDING`) and
 * sent again once the publisher reconnects, so a webhook stored while Redis was down still
 * reaches live subscribers after the heal; subscribers dedupe by sequence (the webhook source's live stream).
 * The subscriber connection is PINGed every second: a silently dropped one is replaced and
 * ioredis re-subscribes its channels.
 */
export type PubSub = ReturnType<typeof createPubSub<Record<string, [unknown]>>> & {
  /**
   * Whether an event published on `topic` may reach anyone: in-process, whether this process has
   * a subscriber on it; on Redis always (other replicas may). A publisher whose payload costs
   * something to build asks first (a queued delivery's status, published per mutation).
   */
  listening(topic: string): boolean;
  close(): Promise<void>;
};

/** An EventTarget that knows which topics have listeners (yoga's pubsub adds one per subscriber). */
class CountingEventTarget extends EventTarget {
  private readonly listeners = new Map<string, number>();

  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: AddEventListenerOptions | boolean,
  ) {
    if (listener) this.listeners.set(type, (this.listeners.get(type) ?? 0) + 1);
    super.addEventListener(type, listener, options);
  }

  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: EventListenerOptions | boolean,
  ) {
    const n = this.listeners.get(type) ?? 0;
    if (listener && n > 1) this.listeners.set(type, n - 1);
    else if (listener) this.listeners.delete(type);
    super.removeEventListener(type, listener, options);
  }

  listening(type: string): boolean {
    return this.listeners.has(type);
  }
}

const MAX_PENDING = 1000;
const SUBSCRIBER_PING_MS = 1000;

export function createAppPubSub(redisUrl?: string, namespace = "leadgraph", logger?: Logger): PubSub {
  if (!redisUrl) {
    const target = new CountingEventTarget();
    const ps = createPubSub<Record<string, [unknown]>>({ eventTarget: target });
    return {
      // nobody here listens: nothing to build an event for
      publish: (topic, ...args) => (target.listening(topic) ? ps.publish(topic, ...args) : undefined),
      subscribe: (topic, ...args) => ps.subscribe(topic, ...args),
      listening: (topic) => target.listening(topic),
      close: async () => {},
    } as PubSub;
  }
  const publishClient = createRedisClient(redisUrl, { role: "pubsub-publish", logger, commandTimeoutMs: 1000 });
  const subscribeClient = createRedisClient(redisUrl, { role: "pubsub-subscribe", logger, offlineQueue: true, commandTimeoutMs: 0 });
  const pending: [channel: string, message: string][] = [];
  const publish = (channel: string, message: string) =>
    publishClient.publish(channel, message).catch((err: unknown) => {
      if (isTimeout(err)) publishClient.disconnect(true);
      pending.push([channel, message]);
      if (pending.length > MAX_PENDING) pending.shift();
      if (pending.length === 1) logger?.warn({ err: (err as Error).message }, "subscription publish failed: kept, resent after reconnect");
    });
  // Resent once both connections are back: the subscriber re-subscribes on its reconnect, and a
  // resend that beat it would be lost again.
  let flushTimer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (publishClient.status !== "ready" || subscribeClient.status !== "ready" || !pending.length) return;
    clearTimeout(flushTimer);
    flushTimer = setTimeout(() => {
      for (const [channel, message] of pending.splice(0)) void publish(channel, message);
    }, 200);
  };
  publishClient.on("ready", flush);
  subscribeClient.on("ready", flush);
  const guard = (p: Promise<unknown>) => void p.catch(() => {});
  const pinger = setInterval(() => {
    if (subscribeClient.status !== "ready") return;
    withTimeout(subscribeClient.ping(), SUBSCRIBER_PING_MS).catch((err: unknown) => {
      if (isTimeout(err)) subscribeClient.disconnect(true);
    });
  }, SUBSCRIBER_PING_MS).unref();
  // The event target calls publish/subscribe/unsubscribe without awaiting them: these wrappers catch.
  const eventTarget = createRedisEventTarget({
    publishClient: { publish } as unknown as Redis,
    subscribeClient: {
      on: (event: string, fn: (...args: unknown[]) => void) => subscribeClient.on(event, fn),
      subscribe: (topic: string) => guard(subscribeClient.subscribe(topic)),
      unsubscribe: (topic: string) => guard(subscribeClient.unsubscribe(topic)),
    } as unknown as Redis,
  });
  const ps = createPubSub<Record<string, [unknown]>>({ eventTarget });
  const channel = (topic: string) => `${namespace}:${topic}`;
  return {
    publish: (topic, ...args) => ps.publish(channel(topic), ...args),
    subscribe: (topic, ...args) => ps.subscribe(channel(topic), ...args),
    listening: () => true,
    close: async () => {
      clearInterval(pinger);
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  } as PubSub;
}
