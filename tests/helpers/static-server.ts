import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../src/lib/headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.vtt': 'text/vtt',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.pf_meta': 'application/octet-stream',
};

export interface ServeOptions {
  /** Compress text responses with gzip when the client accepts it (as a production host does). */
  gzip?: boolean;
  /** Send the headers of the build's `_headers` file (as Netlify or Cloudflare Pages would). */
  headers?: boolean;
}

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site from a folder on a free loopback port, like a static host:
 * `/x/` → `x/index.html`, unknown paths → `404.html` with status 404. For tests only.
 */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const headerFile = path.join(root, '_headers');
  const rules: HeaderRule[] = options.headers && existsSync(headerFile) ? parseHeadersFile(readFileSync(headerFile, 'utf8')) : [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      file = path.join(root, '404.html');
      status = 404;
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      ...Object.fromEntries(headersFor(rules, url.pathname)),
    };
    const gzip =
      options.gzip && COMPRESSIBLE.has(path.extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    if (gzip) headers['content-encoding'] = 'gzip';
    response.writeHead(status, headers);
    if (gzip) createReadStream(file).pipe(createGzip()).pipe(response);
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
