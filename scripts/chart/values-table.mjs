#!/usr/bin/env node
// The chart README's values table, generated from values.schema.json (no npm dependencies).
//
//   node scripts/chart/values-table.mjs                 print the table
//   node scripts/chart/values-table.mjs --write         rewrite it in the chart README between the markers
//   node scripts/chart/values-table.mjs --check         exit 1 when the README's table is stale
//   node scripts/chart/values-table.mjs --check-defaults VALUES.json
//        exit 1 unless the schema's defaults are exactly the chart's values.yaml (given as JSON,
//        as Helm computes it), so the table never documents a default the chart does not have.
//
// A row is a schema node that has a `default` or cannot be expanded further (not an object with properties).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const chartDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../charts/mlflow-console-plugin',
);
const schemaPath = join(chartDir, 'values.schema.json');
const readmePath = join(chartDir, 'README.md');
const START = '<!-- values-table:start -->';
const END = '<!-- values-table:end -->';

const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));

// Follows a local "#/definitions/x" reference; the referring node's own keywords win.
function resolve(node) {
  if (!node.$ref) return node;
  const target = node.$ref
    .replace(/^#\//, '')
    .split('/')
    .reduce((at, key) => at[key], schema);
  const { $ref, ...own } = node;
  return { ...resolve(target), ...own };
}

function rows(node, path = []) {
  const resolved = resolve(node);
  const expandable = resolved.type === 'object' && resolved.properties;
  if (path.length > 0 && (!expandable || 'default' in node)) return [{ path, node: resolved }];
  return Object.entries(resolved.properties).flatMap(([key, child]) => rows(child, [...path, key]));
}

const code = (text) => '`' + text + '`';
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeOf(node) {
  const type = Array.isArray(node.type) ? node.type.join(' or ') : node.type;
  if (node.enum) return `${type}: ${node.enum.map((v) => code(JSON.stringify(v))).join(', ')}`;
  if (node.pattern) return `${type} matching ${code(node.pattern)}`;
  return type;
}

function table() {
  const lines = ['| Key | Type | Default | Description |', '| --- | --- | --- | --- |'];
  for (const { path, node } of rows(schema)) {
    const def = 'default' in node ? code(JSON.stringify(node.default)) : '(none)';
    lines.push(
      `| ${code(path.join('.'))} | ${cell(typeOf(node))} | ${cell(def)} | ${cell(node.description ?? '')} |`,
    );
  }
  return lines.join('\n') + '\n';
}

function withTable(readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start)
    throw new Error(`${readmePath} lacks the markers ${START} ... ${END}`);
  // prettier would re-pad the table's columns; the generator's output is the canonical form.
  const body = `<!-- prettier-ignore-start -->\n${table()}<!-- prettier-ignore-end -->\n`;
  return readme.slice(0, start + START.length) + '\n' + body + readme.slice(end);
}

// The values object the schema's defaults describe.
function defaults() {
  const out = {};
  for (const { path, node } of rows(schema)) {
    if (!('default' in node)) continue;
    let at = out;
    for (const key of path.slice(0, -1)) at = at[key] ??= {};
    at[path.at(-1)] = node.default;
  }
  return out;
}

const [mode, arg] = process.argv.slice(2);
if (!mode) {
  process.stdout.write(table());
} else if (mode === '--write') {
  writeFileSync(readmePath, withTable(readFileSync(readmePath, 'utf8')));
} else if (mode === '--check') {
  const readme = readFileSync(readmePath, 'utf8');
  if (withTable(readme) !== readme) {
    console.error(
      'chart README values table is stale: run node scripts/chart/values-table.mjs --write',
    );
    process.exit(1);
  }
} else if (mode === '--check-defaults' && arg) {
  const { global, ...values } = JSON.parse(readFileSync(arg, 'utf8'));
  const expected = defaults();
  if (!isDeepStrictEqual(values, expected)) {
    console.error('values.yaml and the defaults in values.schema.json differ:');
    console.error('values.yaml:', JSON.stringify(values));
    console.error('schema:     ', JSON.stringify(expected));
    process.exit(1);
  }
} else {
  console.error('usage: values-table.mjs [--write | --check | --check-defaults VALUES.json]');
  process.exit(2);
}
