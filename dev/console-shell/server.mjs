// The console shell's server: a stand-in for the OpenShift console's bridge, for development and
// e2e tests without a cluster. No dependencies beyond Node itself.
//
// It serves the shell's browser app, the built plugin at the console's own plugin path, and proxies
// the apiserver and MLflow with the signed-in identity's bearer token, as the bridge does:
//   /api/plugins/<plugin>/*                        -> <repo>/dist/*            (the plugin's files)
//   /api/kubernetes/*                              -> $KUBE_API_URL/*          (user's token)
//   /api/proxy/plugin/<plugin>/mlflow/*            -> MLflow (see mlflowTarget) (user's token)
//   /shell/login[?as=<identity>][&next=/path]      -> the sign-in page: a form that POSTs
//   POST /shell/login  as=<identity>&csrf=&next=    -> signs in (cookie) and redirects to next
//   POST /shell/identity {"identity": "<name>"}    -> signs in (cookie), needs X-CSRFToken
//   /shell/session                                 -> who is signed in, the identities, the plugins
//   /shell/namespace-names                         -> candidate namespace names
//   /shell-assets/*                                -> the shell app's build (and PatternFly's CSS)
//   anything else (GET)                            -> index.html (the app routes client-side)
//
// Only requests for 127.0.0.1:<port> or localhost:<port> are answered, and only a POST with the
// CSRF token signs in. This file starts the server; each job is a module of ./server/:
//   router.mjs           which job answers which request
//   config.mjs           where things are (env: STACK_RUN_DIR, PLUGIN_DIST_DIR, SHELL_EXTRA_PLUGINS)
//   stack.mjs            the local stack's stack.env, CA and tokens, MLflow's address
//   session.mjs          identities, cookies, CSRF, Host and Origin checks
//   responses.mjs        small answers, the request body
//   static-files.mjs     files from a folder
//   http-proxy.mjs       HTTP proxying with the identity's token
//   websocket-proxy.mjs  watches over WebSockets, proxied the same way
//   namespace-names.mjs  candidate namespace names for the Projects page
//   pages.mjs            the sign-in page and the app's page
//
// env: SHELL_PORT (default: a free port), and those of config.mjs.
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import { pluginDist, shellDist, stackEnvFile } from './server/config.mjs';
import { send } from './server/responses.mjs';
import { handle } from './server/router.mjs';
import { IDENTITIES } from './server/session.mjs';
import { webSocketProxy } from './server/websocket-proxy.mjs';

const listeningPort = () => {
  const address = server.address();
  return address && typeof address === 'object' ? address.port : undefined;
};

const server = http.createServer((req, res) => {
  handle(req, res, listeningPort()).catch((err) => {
    console.error('[shell]', req.method, req.url, err);
    if (!res.headersSent) send(res, 500, 'internal error');
    else res.destroy();
  });
});
server.on('upgrade', webSocketProxy(listeningPort));
// Watches stay open for minutes; the apiserver ends them, not us.
server.requestTimeout = 0;
server.headersTimeout = 60_000;

const port = Number(process.env.SHELL_PORT || 0);
server.listen(port, '127.0.0.1', () => {
  const base = `http://127.0.0.1:${server.address().port}/`;
  const lines = [`Console shell: ${base}`];
  for (const i of IDENTITIES)
    lines.push(`  sign in as ${i.name}: ${base}shell/login?as=${i.name} (${i.description})`);
  if (!existsSync(stackEnvFile))
    lines.push(`  (no ${stackEnvFile} yet: start the stack with scripts/stack/start.sh)`);
  console.log(lines.join('\n'));
  if (!existsSync(path.join(shellDist, 'main.js'))) {
    console.error('[shell] the shell app is not built yet: run `npm run shell:build`');
  }
  if (!existsSync(path.join(pluginDist, 'plugin-manifest.json'))) {
    console.error(
      `[shell] no plugin build in ${pluginDist}: run \`npm run build\` (or npm run dev)`,
    );
  }
});

const stop = () => {
  server.close();
  server.closeAllConnections();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
