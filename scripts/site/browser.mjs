/**
 * What the browser tests (tests/site/) and the benchmark (bench/site.bench.mjs) share: a small
 * static file server for the built page (site/dist/) on a free localhost port — what any
 * static host does, and nothing more: no server code, no fallback to index.html — and Debian's
 * headless Chromium driven by playwright-core (no browser is ever downloaded).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

/** The folder the page is built into (`npm run site`). */
export const DIST = resolve(fileURLToPath(new URL('../../site/dist', import.meta.url)));

/** Debian's Chromium (package `chromium`; `.ci/run` installs it). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium's flags on this machine: headless as root, and no background connections (the
 * network is closed; without these flags Chromium keeps trying to reach Google's hosts).
 */
export const CHROMIUM_FLAGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serve a folder on 127.0.0.1 at a port the system picks.
 *
 * @param {string} [root] - The folder (default: site/dist/).
 * @returns {Promise<import('./browser.d.mts').StaticServer>} The running server.
 */
export async function serveStatic(root = DIST) {
  const requests = [];
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      path = '/';
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    let status = 200;
    if (!file.startsWith(root)) status = 403;
    else {
      try {
        if (!statSync(file).isFile()) status = 404;
      } catch {
        status = 404;
      }
    }
    requests.push({ path, status });
    if (status !== 200) {
      res.writeHead(status, { 'content-type': 'text/plain' }).end(String(status));
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done(undefined));
      }),
  };
}

/**
 * Launch Debian's headless Chromium; a clear error when it or the built page is missing.
 *
 * @returns {Promise<import('playwright-core').Browser>} The browser.
 */
export async function launchChromium() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}: the browser tests need Debian's chromium package ` +
        '(`apt-get install -y chromium`, as .ci/run does), or CHROMIUM_PATH pointing at a Chromium binary. ' +
        'No browser is downloaded.',
    );
  }
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`The page is not built: ${DIST}/index.html is missing. Run \`npm run site\` first.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS], headless: true, timeout: 60_000 });
}
