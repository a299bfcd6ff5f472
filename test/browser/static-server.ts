import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server, type OutgoingHttpHeaders } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * An in-memory file. `status` and `headers` (both optional) make it a redirect or an error; `body`
 * may be a getter, to count requests; `hold` (optional) is awaited before the response is sent,
 * so a test can make a file arrive as late as it wants.
 */
export interface Route {
  body: string;
  type: string;
  status?: number;
  headers?: OutgoingHttpHeaders;
  hold?: () => Promise<void>;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * A plain static file server for tests: serves `root` under `prefix` on 127.0.0.1, nothing more
 * (no SPA fallback, no rewriting), so the built app is tested the way a static host serves it.
 * @param root - folder to serve.
 * @param prefix - URL sub-path, e.g. `/tools/careers/`.
 * @param headers - extra response headers (e.g. a Content-Security-Policy).
 * @param routes - extra in-memory files, by URL path.
 */
export function serveStatic(
  root: string,
  prefix = '/',
  headers: OutgoingHttpHeaders = {},
  routes: Record<string, Route> = {},
): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = routes[path];
    if (route) {
      await route.hold?.();
      res.writeHead(route.status ?? 200, {
        'content-type': route.type,
        ...headers,
        ...route.headers,
      });
      res.end(route.body);
      return;
    }
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(base, path.slice(prefix.length)));
    if (!file.startsWith(base)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...headers,
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => {
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      ok({
        url: `http://127.0.0.1:${port}${prefix}`,
        // A tab the file's tests reuse is still open when the file's servers close (see open() in
        // page.ts): its connections are cut, not waited for.
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
