/**
 * A static file server that behaves like a real static host: gzip for text, long-lived
 * caching for hashed assets, a real 404 for missing data files, and the single-page-app
 * fallback (index.html) for every other unknown path so deep links survive a reload. A path
 * without extension is also answered by `<path>.html` when that file exists, as GitHub Pages,
 * Netlify, Cloudflare Pages and nginx (`try_files $uri $uri.html`) do: the link-preview pages.
 * Used by the end-to-end tests and the benchmarks; `npm start` uses `vite preview` instead.
 *
 *   node --import tsx scripts/serve-static.ts <dir> <port> [--base /news/]
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { CONTENT_TYPES as TYPES } from '../src/content/cli/content-types.ts';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.xml', '.webmanifest']);

export interface StaticServerOptions {
  root: string;
  /** 0 (the default) takes a free port: tests running side by side never collide. */
  port?: number;
  /** URL prefix the site lives under (default '/'). */
  base?: string;
  host?: string;
}

export function startStaticServer({ root, port = 0, base = '/', host = '127.0.0.1' }: StaticServerOptions) {
  const absRoot = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;

  async function fileFor(urlPath: string): Promise<string | null> {
    const rel = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
    const file = join(absRoot, rel);
    if (file !== absRoot && !file.startsWith(absRoot + sep)) return null;
    try {
      const s = await stat(file);
      if (s.isFile()) return file;
      if (s.isDirectory()) {
        const index = join(file, 'index.html');
        if ((await stat(index).catch(() => null))?.isFile()) return index;
      }
    } catch {
      // missing: fall through
    }
    return null;
  }

  function send(req: IncomingMessage, res: ServerResponse, file: string, status = 200) {
    const ext = extname(file).toLowerCase();
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
    // Hashed build assets never change; everything else is revalidated.
    headers['cache-control'] = file.includes(`${sep}assets${sep}`) && !file.includes(`${sep}data${sep}`)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache';
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) {
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    res.writeHead(status, headers);
    if (req.method === 'HEAD') return res.end();
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  }

  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith(prefix) && url.pathname !== prefix.slice(0, -1)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not under base');
        return;
      }
      const inner = url.pathname.slice(prefix.length - 1) || '/';
      const file = (await fileFor(inner)) ?? (extname(inner) === '' && !inner.endsWith('/') ? await fileFor(`${inner}.html`) : null);
      if (file) return send(req, res, file);
      // Missing data and asset files are real 404s; other paths are app routes.
      if (/^\/(data|assets)\//.test(inner) || extname(inner) !== '') {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const fallback = await fileFor('/index.html');
      if (!fallback) {
        res.writeHead(404).end('no index.html');
        return;
      }
      send(req, res, fallback);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  };
  const server = createServer((req, res) => void answer(req, res));
  return new Promise<{ close: () => Promise<void>; url: string }>((resolvePromise) => {
    server.listen(port, host, () => {
      const { port: bound } = server.address() as { port: number };
      resolvePromise({
        url: `http://${host}:${bound}${prefix}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '4173'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const baseFlag = process.argv.indexOf('--base');
  const base = baseFlag > 0 ? process.argv[baseFlag + 1] : '/';
  const { url } = await startStaticServer({ root, port: Number(port), base });
  process.stdout.write(`serving ${root} at ${url}\n`);
}
