// Serves the demo page (demo/) and the built bundles (dist/) on 127.0.0.1, as an intranet would.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  let file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
  if (url.pathname === '/') file = path.join(root, 'demo/index.html');
  const allowed = [path.join(root, 'demo'), path.join(root, 'dist')];
  if (!allowed.some((dir) => file === dir || file.startsWith(dir + path.sep))) {
    res.writeHead(404).end('Not found');
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
    const body = await readFile(file);
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
server.on('listening', () => {
  const { port: actual } = server.address();
  console.log(`Demo page: http://127.0.0.1:${actual}/  (Ctrl+C to stop)`);
});
server.listen(port, '127.0.0.1');
