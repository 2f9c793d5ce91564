// A local HTTP server for the browser tests. Pages are given by path; with Chromium's
// --host-resolver-rules, http://<anything>.gov.cn:<port>/ reaches it too.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  port: number;
  /** URL of a page on a given host name (default: a government host). */
  url(path: string, host?: string): string;
  close(): Promise<void>;
  /** Every request the server received (method, host, path), to prove what the browser asked for. */
  requests: { method: string; host: string; path: string }[];
}

export const GOV_HOST = 'www.example-county.gov.cn';
export const OTHER_HOST = 'mirror.example.org';

/** A page as a string (served as UTF-8 HTML), or as bytes with their own content type (a saved page, decoded by the browser from its meta charset). */
export type ServedPage = string | { body: Buffer; type: string };

export async function startServer(pages: Record<string, ServedPage>): Promise<PageServer> {
  const requests: PageServer['requests'] = [];
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ method: req.method ?? 'GET', host: req.headers.host ?? '', path });
    const body = pages[path];
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    if (typeof body === 'string') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    } else {
      res.writeHead(200, { 'content-type': body.type });
      res.end(body.body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    url: (path, host = GOV_HOST) => `http://${host}:${port}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
