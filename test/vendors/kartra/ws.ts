import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { DEMO_API_KEY } from "../../helpers/app.js";
import type { Loose } from "./helpers.js";

/** A graphql-ws client on the app's /graphql, authenticated like the explorer does. */
export function wsClient(baseUrl: string, apiKey = DEMO_API_KEY): Client {
  return createClient({
    url: `${baseUrl.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { Authorization: `Bearer ${apiKey}` },
    retryAttempts: 0,
    lazy: true,
  });
}

/** Subscribes and collects results; `next(n)` resolves once n results have arrived. */
export function collect<T = Loose>(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const items: T[] = [];
  const errors: unknown[] = [];
  let waiters: { n: number; resolve: () => void; reject: (e: unknown) => void }[] = [];
  const check = () => {
    waiters = waiters.filter((w) => {
      if (errors.length) w.reject(errors[0]);
      else if (items.length >= w.n) w.resolve();
      else return true;
      return false;
    });
  };
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (r) => {
        if (r.errors) errors.push(r.errors);
        else items.push(r.data as T);
        check();
      },
      error: (e) => {
        errors.push(e);
        check();
      },
      complete: () => {},
    },
  );
  return {
    items,
    dispose,
    count: (n: number) =>
      new Promise<void>((resolve, reject) => {
        waiters.push({ n, resolve, reject });
        check();
      }),
  };
}
