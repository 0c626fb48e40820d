/**
 * A local proxy that plays the web for the browsers we drive: it serves our
 * fixture pages at real news URLs (so the shipped manifest's host list
 * applies, no special test build) and refuses everything else, so tests,
 * the demo and the benchmark never wait on the closed network.
 *
 * HTTPS is answered by terminating TLS here with a throwaway self-signed
 * certificate (the browsers are launched to accept it), because many news
 * hosts are on the HSTS preload list and cannot be served over plain HTTP.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import tls from 'node:tls';
import selfsigned from 'selfsigned';

export interface FixtureResponse {
  readonly body: string | Buffer;
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface ProxiedRequest {
  readonly url: string;
  readonly method: string;
  readonly served: boolean;
}

let certificate: Promise<tls.SecureContext> | undefined;
function secureContext(): Promise<tls.SecureContext> {
  certificate ??= selfsigned
    .generate([{ name: 'commonName', value: 'backgrounder-fixture-proxy' }], { keyType: 'ec', notAfterDate: new Date(Date.now() + 2 * 86_400_000) })
    .then((pems) => tls.createSecureContext({ key: pems.private, cert: pems.cert }));
  return certificate;
}

/** Canonical form of a URL for route lookup: no fragment, http and https alike. */
const routeKey = (url: string): string => {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}${parsed.search}`;
};

export class FixtureProxy {
  readonly #routes = new Map<string, FixtureResponse>();
  readonly #server: http.Server;
  readonly #tlsHandler: http.Server;
  readonly #sockets = new Set<Socket>();
  /** Every request the browsers made through the proxy, in order. */
  readonly requests: ProxiedRequest[] = [];

  private constructor(context: tls.SecureContext) {
    const handle = (secure: boolean) => (request: http.IncomingMessage, response: http.ServerResponse) => {
      const url = request.url?.startsWith('http') ? request.url : `${secure ? 'https' : 'http'}://${request.headers.host}${request.url}`;
      const route = this.#routes.get(routeKey(url));
      this.requests.push({ url, method: request.method ?? 'GET', served: route !== undefined });
      if (!route) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('not served by the fixture proxy');
        return;
      }
      response.writeHead(200, { 'content-type': route.contentType ?? 'text/html; charset=utf-8', 'cache-control': 'no-store', ...route.headers });
      response.end(route.body);
    };
    this.#tlsHandler = http.createServer(handle(true));
    this.#server = http.createServer(handle(false));
    this.#server.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
    // Every HTTPS host is answered here, routed or not: an unknown one gets a plain 404 rather than a
    // refused tunnel, which Firefox's WebDriver BiDi reports as a failed navigation of the top page
    // when it happens in a subframe ("Address rejected").
    this.#server.on('connect', (_request: http.IncomingMessage, socket: Socket) => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      const secure = new tls.TLSSocket(socket, { isServer: true, secureContext: context });
      secure.on('error', () => socket.destroy());
      this.#tlsHandler.emit('connection', secure);
    });
  }

  static async start(): Promise<FixtureProxy> {
    const proxy = new FixtureProxy(await secureContext());
    await new Promise<void>((resolve) => proxy.#server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  /** Serve `response` at `url` (http or https). */
  serve(url: string, response: FixtureResponse): void {
    this.#routes.set(routeKey(url), response);
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
