// A minimal static file server for the release build, like the static hosts Rungs is deployed to:
// files only, no rewrites, served under an optional sub-path such as /rungs/.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.wasm', '.css', '.svg', '.json']);

/**
 * Compresses text-like files as static hosts do (GitHub Pages serves gzip). Results are cached,
 * as a host's are, so that compression time never counts in a measurement.
 */
const compressed = new Map();
function encode(file, body, acceptEncoding, compress) {
  if (!compress || !COMPRESSIBLE.has(path.extname(file))) return { body };
  const encoding = /\bbr\b/.test(acceptEncoding) ? 'br' : /\bgzip\b/.test(acceptEncoding) ? 'gzip' : null;
  if (!encoding) return { body };
  const key = `${encoding}:${file}`;
  if (!compressed.has(key)) {
    compressed.set(key, encoding === 'br' ? zlib.brotliCompressSync(body) : zlib.gzipSync(body, { level: 9 }));
  }
  return { body: compressed.get(key), encoding };
}

/** Compresses every file of `root` ahead of the first request. */
function prewarm(root) {
  for (const rel of fs.readdirSync(root, { recursive: true })) {
    const file = path.join(root, rel);
    if (fs.statSync(file).isFile()) {
      const body = fs.readFileSync(file);
      encode(file, body, 'br', true);
      encode(file, body, 'gzip', true);
    }
  }
}

/**
 * Serves `root` at `http://127.0.0.1:<free port><prefix>`; resolves to { url, close }.
 * With `compress`, responses are brotli- or gzip-encoded when the client accepts it.
 */
export async function serveStatic(root, prefix = '/', { compress = false } = {}) {
  if (compress) prewarm(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, rel);
    if (!file.startsWith(root)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404).end('not found');
        return;
      }
      const ext = path.extname(file);
      const encoded = encode(file, body, req.headers['accept-encoding'] ?? '', compress);
      const headers = {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      };
      if (encoded.encoding) headers['content-encoding'] = encoded.encoding;
      res.writeHead(200, headers);
      res.end(encoded.body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
