// A loopback HTTP proxy that injects faults between a device and the server:
// it can lose a response the server already committed, delay it, run a hook
// (e.g. SIGKILL the server) at a chosen moment of an exchange, or refuse the
// connection. Each request goes to the server on a fresh connection, so a
// restarted server is reached without stale keep-alive sockets.
import { request as httpRequest, createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export type Fault =
  /** Forward, and relay the answer (the default). */
  | { kind: 'pass' }
  /** Forward, let the server answer in full (it committed), then cut the device's connection. */
  | { kind: 'drop-response' }
  /** Forward, then hold the answer this long before relaying it. */
  | { kind: 'delay-response'; ms: number }
  /** Forward, wait for the whole answer, run the hook (kill the server...), then cut the device's connection. */
  | { kind: 'after-response'; run: () => Promise<void> }
  /** Forward the request, run the hook while the server is still working on it, and cut the device's connection. */
  | { kind: 'during-request'; run: () => Promise<void> }
  /** Run the hook (e.g. end the session), then forward as usual. */
  | { kind: 'before-request'; run: () => Promise<void> }
  /** Cut the connection without forwarding anything. */
  | { kind: 'refuse' };

export interface Exchange {
  method: string;
  path: string;
  /** Parsed JSON request body, when there is one. */
  body: unknown;
}

export interface FaultProxy {
  readonly port: number;
  readonly url: string;
  /** Decides the fault for each request; undefined means pass. */
  plan(decide: (exchange: Exchange) => Fault | undefined): void;
  /** Requests seen and faults injected, by kind. */
  readonly stats: Record<Fault['kind'], number>;
  close(): Promise<void>;
}

export async function faultProxy(targetPort: () => number): Promise<FaultProxy> {
  let decide: (exchange: Exchange) => Fault | undefined = () => undefined;
  const stats: Record<Fault['kind'], number> = {
    pass: 0, 'before-request': 0, 'drop-response': 0, 'delay-response': 0, 'after-response': 0, 'during-request': 0, refuse: 0,
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    let body: unknown;
    try {
      body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
    } catch {
      body = undefined;
    }
    const fault = decide({ method: req.method ?? 'GET', path: req.url ?? '/', body }) ?? { kind: 'pass' };
    stats[fault.kind] += 1;
    const cut = () => res.socket?.destroy();
    if (fault.kind === 'refuse') return cut();
    if (fault.kind === 'before-request') await fault.run();

    const upstream = httpRequest({
      host: '127.0.0.1', port: targetPort(), method: req.method, path: req.url, agent: false,
      headers: { ...req.headers, connection: 'close' },
    });
    const answered = new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>((done, fail) => {
      upstream.once('error', fail);
      upstream.once('response', (response) => {
        const parts: Buffer[] = [];
        response.on('data', (c: Buffer) => parts.push(c));
        response.once('error', fail);
        response.once('end', () => done({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(parts) }));
      });
    });
    upstream.end(raw);

    if (fault.kind === 'during-request') {
      answered.catch(() => undefined);
      await fault.run();
      return cut();
    }
    let answer: Awaited<typeof answered>;
    try {
      answer = await answered;
    } catch {
      // The server is gone: to the device that is the same as a lost network.
      return cut();
    }
    if (fault.kind === 'drop-response') return cut();
    if (fault.kind === 'after-response') {
      await fault.run();
      return cut();
    }
    if (fault.kind === 'delay-response') await new Promise((r) => setTimeout(r, fault.ms));
    const headers = { ...answer.headers };
    delete headers['transfer-encoding'];
    delete headers.connection;
    res.writeHead(answer.status, { ...headers, 'content-length': String(answer.body.length) });
    res.end(answer.body);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => res.socket?.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    plan: (fn) => { decide = fn; },
    stats,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}
