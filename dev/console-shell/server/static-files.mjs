// Files served from a folder: the plugins' builds, the shell app's build, PatternFly's CSS.
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';

import { send } from './responses.mjs';

const MIME = {
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.otf': 'font/otf',
};

// Serves one file below root; refuses paths that climb out of it.
export const serveFile = (req, res, root, relPath, extraHeaders = {}) => {
  let decoded;
  try {
    decoded = decodeURIComponent(relPath);
  } catch {
    return send(res, 400, 'bad path');
  }
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (!file.startsWith(root + path.sep)) return send(res, 403, 'forbidden');
  let st;
  try {
    st = statSync(file);
  } catch {
    return send(res, 404, 'not found', { 'Content-Type': 'text/plain' });
  }
  if (!st.isFile()) return send(res, 404, 'not found', { 'Content-Type': 'text/plain' });
  res.writeHead(200, {
    'Content-Type': MIME[path.extname(file)] || 'application/octet-stream',
    'Content-Length': st.size,
    // Development: the watcher rewrites the files under the same names.
    'Cache-Control': 'no-cache',
    ...extraHeaders,
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).pipe(res);
};
