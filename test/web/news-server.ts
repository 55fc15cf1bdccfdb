import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

/**
 * A news site on loopback for tests: routes by path, and an access log of every request
 * that reached it (so a test can prove a refused link made no connection).
 */
export class NewsServer {
  readonly log: Array<{ method: string; path: string; headers: IncomingMessage['headers'] }> = [];
  private readonly routes = new Map<string, Route>();
  private server?: Server;
  private readonly open = new Set<ServerResponse>();

  route(path: string, handler: Route): this {
    this.routes.set(path, handler);
    return this;
  }

  /** Serves `body` at `path` with these headers. */
  page(path: string, body: string | Buffer, headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' }): this {
    return this.route(path, (_req, res) => {
      res.writeHead(200, headers);
      res.end(body);
    });
  }

  redirect(path: string, to: string, status = 302): this {
    return this.route(path, (_req, res) => {
      res.writeHead(status, { location: to });
      res.end();
    });
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.log.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers });
      this.open.add(res);
      res.on('close', () => this.open.delete(res));
      const handler = this.routes.get((req.url ?? '/').split('?')[0]!);
      if (!handler) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
        return;
      }
      void Promise.resolve(handler(req, res)).catch((error) => {
        res.destroy(error as Error);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get port(): number {
    return (this.server!.address() as AddressInfo).port;
  }

  /** An absolute URL on this server, by its numeric address. */
  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  paths(): string[] {
    return this.log.map((l) => l.path);
  }

  async stop(): Promise<void> {
    for (const res of this.open) res.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
