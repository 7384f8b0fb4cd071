import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import { WebSocketServer } from "ws";
import { useServer } from "graphql-ws/use/ws";
import { GraphQLError, type ExecutionResult, type GraphQLSchema } from "graphql";
import { ApiKeyAuth, type ServedTenant } from "./auth.js";
import type { BuildContext } from "./request-context.js";
import { wsOperationGuard, wsResultFormatter, type WsGuardOptions } from "./ws-guard.js";

/** The close reason of a connection with a missing or unknown key (code 4403). */
export const WS_FORBIDDEN = 'Forbidden: missing or unknown API key; send connectionParams {"Authorization": "Bearer <api key>"}';

export interface GraphQLWsDeps {
  schema: GraphQLSchema;
  auth: ApiKeyAuth;
  buildContext: BuildContext;
  /** The limits and error formatting Apollo applies over HTTP, for operations over the socket. */
  wsGuard: Omit<WsGuardOptions, "schema">;
}

/**
 * graphql-ws on the HTTP server's port, path /graphql: subscriptions authenticate with
 * connectionParams ({ Authorization: "Bearer <key>" } or { "x-api-key": key }).
 */
export function attachGraphQLWs(server: Server, deps: GraphQLWsDeps) {
  // noServer: upgrades are handed over below. With `server`, ws re-emits the HTTP server's own
  // errors (a port in use) on the WebSocket server, where graphql-ws logs them as its own.
  const wss = new WebSocketServer({ noServer: true });
  server.on("upgrade", (req, socket, head) => {
    const path = (req.url ?? "").split("?")[0];
    if (path !== "/graphql" && path !== "/graphql/") return void socket.end("HTTP/1.1 404 Not Found\r\nconnection: close\r\n\r\n");
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req));
  });
  const guard = wsOperationGuard({ schema: deps.schema, ...deps.wsGuard });
  const formatResult = wsResultFormatter(deps.wsGuard);
  const wsServer = useServer<Record<string, unknown>, { tenant?: ServedTenant }>(
    {
      schema: deps.schema,
      // A context per operation, as over HTTP: request-scoped loaders and memo would otherwise
      // live as long as the socket (stale reads, a memo that only grows).
      onSubscribe: (c, _id, payload) =>
        c.extra.tenant ? guard(payload, deps.buildContext(c.extra.tenant, randomUUID(), {})) : [new GraphQLError("not authenticated")],
      onNext: (_c, _id, _payload, args, result) => formatResult(args, result as ExecutionResult),
      onConnect: (c) => {
        const params = Object.fromEntries(Object.entries(c.connectionParams ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
        const tenant = deps.auth.tenantFor(ApiKeyAuth.keyFrom(params));
        if (!tenant) {
          // graphql-ws would close with a bare "Forbidden"; the same guidance as HTTP's 401 instead
          // (a close reason is at most 123 bytes). Its own close after this one is a no-op.
          c.extra.socket.close(4403, WS_FORBIDDEN);
          return false;
        }
        c.extra.tenant = tenant;
        return true;
      },
    },
    wss,
  );
  return {
    /** Ends every socket's operations and closes the sockets. */
    async close() {
      await Promise.resolve(wsServer.dispose()).catch(() => {});
      wss.close();
    },
  };
}
