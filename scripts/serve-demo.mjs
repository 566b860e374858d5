// Serves the demo page (demo/) and the built bundles (dist/) on 127.0.0.1, as an intranet would,
// and starts a live server beside it (issue 15) so "Samen invullen" works with two browser windows
// and no set-up. /live-server.json tells the page where it is ({ "url": null } when it could not start).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLiveServer } from '../server/live-server.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

/** @type {Awaited<ReturnType<typeof createLiveServer>> | undefined} */
let live;
/** Where the demo pages expect the live server. */
const DEMO_LIVE = 'ws://127.0.0.1:1234';

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.pathname === '/live-server.json') {
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify({ url: live?.url ?? null }));
    return;
  }
  let file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
  if (url.pathname === '/') file = path.join(root, 'demo/index.html');
  const allowed = [path.join(root, 'demo'), path.join(root, 'dist')];
  if (!allowed.some((dir) => file === dir || file.startsWith(dir + path.sep))) {
    res.writeHead(404).end('Not found');
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
    let body = await readFile(file);
    // The demo pages name the live server at its usual place; point them where it really runs,
    // or leave "Samen invullen" out where it could not start.
    if (path.extname(file) === '.html' && body.includes(DEMO_LIVE)) {
      const html = body.toString('utf8');
      body = Buffer.from(live ? html.replaceAll(`live-server="${DEMO_LIVE}"`, `live-server="${live.url}"`) : html.replaceAll(` live-server="${DEMO_LIVE}"`, ''));
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end('Not found');
  }
});

const port = Number(process.env.PORT ?? 8000);
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE' && !process.env.PORT) server.listen(0, '127.0.0.1');
  else throw error;
});
server.on('listening', async () => {
  const { port: actual } = server.address();
  console.log(`Demo page: http://127.0.0.1:${actual}/  (Ctrl+C to stop)`);
  // The live server takes only this page's origin (as 127.0.0.1 and as localhost), on loopback.
  const livePort = Number(process.env.LIVE_PORT ?? 1234);
  try {
    live = await createLiveServer({
      port: livePort,
      host: '127.0.0.1',
      allowedOrigins: [`http://127.0.0.1:${actual}`, `http://localhost:${actual}`],
      quiet: true,
    });
    console.log(`Live server: ${live.url}  (rooms in memory; "Samen invullen" on the demo page uses it)`);
  } catch (error) {
    const reason = error?.code === 'EADDRINUSE' ? `port ${livePort} is in use (set LIVE_PORT to use another)` : String(error?.message ?? error);
    console.log(`Live server not started: ${reason}. The demo works without it; "Samen invullen" is then unavailable.`);
  }
});

// Ctrl+C or a kill: close the live server's rooms and sockets before leaving.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await live?.close().catch(() => {});
    process.exit(0);
  });
}
server.listen(port, '127.0.0.1');
