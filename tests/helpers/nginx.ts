import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createServer } from 'node:net';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ROOT } from './site.ts';

/** Debian's nginx; override with NGINX_PATH. */
export const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';

export interface RunningNginx {
  /** `http://127.0.0.1:<port>`: the plain-HTTP server, which only redirects to HTTPS. */
  http: string;
  /** `https://127.0.0.1:<port>`: the site (self-signed certificate). */
  https: string;
  stop: () => Promise<void>;
  /** The error log, for failure messages. */
  log: () => string;
}

/** A free loopback port (there is a short race until nginx binds it; good enough for tests). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * The shipped deploy/nginx/einblick.conf, made runnable on loopback: its listen ports,
 * certificate and the include of the generated site configuration point into `dir`.
 */
export function deployConfigFor(dir: string, ports: { http: number; https: number }, siteConfig: string): string {
  const text = readFileSync(path.join(ROOT, 'deploy', 'nginx', 'einblick.conf'), 'utf8');
  // Directives only, at the start of a line: comments may mention the same words.
  const replaced = text
    .replace(/^\s*listen \[::\].*$/gm, '')
    .replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${ports.http};`)
    .replace(/^(\s*)listen 443 ssl/m, `$1listen 127.0.0.1:${ports.https} ssl`)
    .replace(/^(\s*)ssl_certificate \S+;/m, `$1ssl_certificate ${path.join(dir, 'cert.pem')};`)
    .replace(/^(\s*)ssl_certificate_key \S+;/m, `$1ssl_certificate_key ${path.join(dir, 'key.pem')};`)
    .replace(/^(\s*)include \S+einblick-site\.conf;/m, `$1include ${siteConfig};`);
  if (/^\s*listen (80|443)\b/m.test(replaced))
    throw new Error('deploy/nginx/einblick.conf: a listen directive was not moved to loopback');
  for (const needle of [`${ports.http};`, `${ports.https} ssl`, 'cert.pem', 'key.pem', siteConfig]) {
    if (!replaced.includes(needle)) throw new Error(`deploy/nginx/einblick.conf changed shape: could not place ${needle}`);
  }
  return replaced;
}

/** A complete nginx.conf around the deploy configuration, with every path inside `dir`. */
function mainConfig(dir: string, server: string): string {
  return `daemon off;
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${path.join(dir, 'body')};
  proxy_temp_path ${path.join(dir, 'proxy')};
  fastcgi_temp_path ${path.join(dir, 'fastcgi')};
  uwsgi_temp_path ${path.join(dir, 'uwsgi')};
  scgi_temp_path ${path.join(dir, 'scgi')};
${server}
}
`;
}

/** Writes a self-signed certificate for 127.0.0.1 into `dir`. */
function selfSignedCertificate(dir: string): void {
  const result = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1']
      .concat(['-addext', 'subjectAltName=IP:127.0.0.1'])
      .concat(['-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')]),
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`openssl failed: ${result.stderr}`);
}

/** `nginx -t` on a configuration file: the error text, or undefined when it is valid. */
export function nginxSyntaxError(configFile: string, prefix: string): string | undefined {
  const result = spawnSync(NGINX, ['-t', '-q', '-p', prefix, '-c', configFile], { encoding: 'utf8' });
  return result.status === 0 ? undefined : `${result.stdout}${result.stderr}`;
}

/** Starts nginx in the foreground with the deploy configuration and a generated site configuration. */
export async function startNginx(dir: string, siteConfig: string): Promise<RunningNginx> {
  mkdirSync(dir, { recursive: true });
  selfSignedCertificate(dir);
  const ports = { http: await freePort(), https: await freePort() };
  const configFile = path.join(dir, 'nginx.conf');
  writeFileSync(configFile, mainConfig(dir, deployConfigFor(dir, ports, siteConfig)));
  const invalid = nginxSyntaxError(configFile, dir);
  if (invalid) throw new Error(`nginx -t failed:\n${invalid}`);
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', configFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const log = () => {
    try {
      return `${stderr}${readFileSync(path.join(dir, 'error.log'), 'utf8')}`;
    } catch {
      return stderr;
    }
  };
  const https = `https://127.0.0.1:${ports.https}`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fetchRaw(`${https}/`);
      break;
    } catch (error) {
      if (child.exitCode !== null || attempt > 100) throw new Error(`nginx did not start:\n${log()}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGQUIT');
    });
  return { http: `http://127.0.0.1:${ports.http}`, https, stop, log };
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body, decompressed if it came gzipped. */
  body: string;
}

/** A GET without following redirects; self-signed certificates are accepted (loopback only). */
export function fetchRaw(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const request = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers, rejectUnauthorized: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = response.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: body.toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end();
  });
}
