import net from "node:net";

/**
 * A TCP proxy a test puts between LeadGraph and Redis or Postgres, to cut them the ways
 * infrastructure fails without touching the machine's servers:
 * - `pass`: bytes flow both ways;
 * - `reset`: every open connection is reset (RST) and every new one is accepted and reset at once;
 * - `refuse`: the listener closes (connect gets ECONNREFUSED) and open connections are reset;
 * - `black-hole`: a partition: open connections stop carrying bytes (nothing is closed, nothing
 *   arrives) and new ones complete the TCP handshake, then hear nothing;
 * - `heal()`: back to `pass` for new connections. Black-holed connections stay dead forever,
 *   like connections a NAT or proxy dropped silently: the client has to notice and reconnect.
 */
export type FaultMode = "pass" | "reset" | "refuse" | "black-hole";

interface Link {
  client: net.Socket;
  upstream?: net.Socket;
}

export class FaultProxy {
  mode: FaultMode = "pass";
  private server?: net.Server;
  private readonly links = new Set<Link>();

  private constructor(
    private readonly target: { host: string; port: number },
    public port: number,
  ) {}

  static async start(target: { host: string; port: number }): Promise<FaultProxy> {
    const p = new FaultProxy(target, 0);
    await p.listen();
    return p;
  }

  /** Connections currently open through the proxy (tests assert reconnects with it). */
  get open(): number {
    return this.links.size;
  }

  private listen(): Promise<void> {
    const server = net.createServer((client) => this.accept(client));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => {
        this.port = (server.address() as net.AddressInfo).port;
        resolve();
      });
    });
  }

  private accept(client: net.Socket): void {
    client.on("error", () => {});
    if (this.mode === "reset" || this.mode === "refuse") {
      client.resetAndDestroy();
      return;
    }
    const link: Link = { client };
    this.links.add(link);
    client.once("close", () => this.drop(link));
    if (this.mode === "black-hole") {
      client.pause(); // handshake done, then silence
      return;
    }
    const upstream = net.connect(this.target.port, this.target.host);
    link.upstream = upstream;
    upstream.on("error", () => {});
    upstream.once("close", () => this.drop(link));
    client.pipe(upstream);
    upstream.pipe(client);
  }

  private drop(link: Link): void {
    if (!this.links.delete(link)) return;
    if (!link.client.destroyed) link.client.destroy();
    if (link.upstream && !link.upstream.destroyed) link.upstream.destroy();
  }

  private resetAll(): void {
    for (const link of [...this.links]) {
      this.links.delete(link);
      if (!link.client.destroyed) link.client.resetAndDestroy();
      if (link.upstream && !link.upstream.destroyed) link.upstream.resetAndDestroy();
    }
  }

  async set(mode: FaultMode): Promise<void> {
    if (mode === "pass") return this.heal();
    this.mode = mode;
    if (mode === "reset") this.resetAll();
    else if (mode === "refuse") {
      this.resetAll();
      await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
      this.server = undefined;
    } else {
      // black-hole: freeze every open connection where it stands; they never come back
      for (const link of this.links) {
        link.client.unpipe();
        link.upstream?.unpipe();
        link.client.pause();
        link.upstream?.pause();
        link.client.removeAllListeners("close");
        link.upstream?.removeAllListeners("close");
      }
      this.frozen.push(...this.links);
      this.links.clear();
    }
  }

  private readonly frozen: Link[] = [];

  async heal(): Promise<void> {
    this.mode = "pass";
    if (!this.server) await this.listen();
  }

  async close(): Promise<void> {
    this.resetAll();
    for (const link of this.frozen.splice(0)) {
      link.client.destroy();
      link.upstream?.destroy();
    }
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}
