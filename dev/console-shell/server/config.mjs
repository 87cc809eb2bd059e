// Where the console shell's server finds what it serves, from the environment:
//   STACK_RUN_DIR (default <repo>/.stack), PLUGIN_DIST_DIR (default <repo>/dist),
//   SHELL_EXTRA_PLUGINS ("name=/dir,name2=/dir2": more built plugins to serve and load next to
//   this one, e.g. to try another plugin alongside).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const shellDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repo = path.resolve(shellDir, '../..');

export const stackRunDir = process.env.STACK_RUN_DIR || path.join(repo, '.stack');
export const stackEnvFile = path.join(stackRunDir, 'stack.env');
export const pluginDist = path.resolve(process.env.PLUGIN_DIST_DIR || path.join(repo, 'dist'));
export const shellDist = path.join(shellDir, 'dist');
export const patternflyDir = path.join(repo, 'node_modules/@patternfly/patternfly');
export const indexHtml = path.join(shellDir, 'index.html');
export const pluginName = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'))
  .consolePlugin.name;

// name -> folder of a built plugin (plugin-manifest.json and its scripts)
export const plugins = new Map([[pluginName, pluginDist]]);
for (const entry of (process.env.SHELL_EXTRA_PLUGINS || '').split(',').filter(Boolean)) {
  const [name, dir] = entry.split('=');
  if (name && dir) plugins.set(name, path.resolve(dir));
}
