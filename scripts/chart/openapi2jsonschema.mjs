#!/usr/bin/env node
// JSON schemas for kubeconform, made from the real APIs instead of downloaded:
//
//   node scripts/chart/openapi2jsonschema.mjs kube SWAGGER.json OUT_DIR
//        Kubernetes' own kinds from a kube-apiserver's /openapi/v2, one file per kind and version,
//        named as kubeconform looks them up: OUT_DIR/<kind>-<group>-<version>.json (lower case).
//   node scripts/chart/openapi2jsonschema.mjs crds OUT_DIR CRD.yaml...
//        each served version of each CustomResourceDefinition: OUT_DIR/<group>/<kind>_<version>.json.
//
// The conversion follows kubeconform's scripts/openapi2jsonschema.py and the instrumenta
// openapi2jsonschema it derives from (github.com/yannh/kubeconform, Apache-2.0), in "standalone strict"
// form: no reference leaves the file (the definitions a kind uses are copied into it), every object
// that lists its properties refuses others, `int-or-string` is a string or an integer, a quantity a
// string or a number, and `kind`/`apiVersion` must be the kind's own. Unlike the Python script it also
// strict-checks a CRD's root and honours `x-kubernetes-preserve-unknown-fields` and `nullable`.
import yaml from 'js-yaml';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const QUANTITY = 'io.k8s.apimachinery.pkg.api.resource.Quantity';

// Objects that list their properties refuse unknown ones, as the apiserver's strict field validation.
function strict(node) {
  if (Array.isArray(node)) return node.map(strict);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    // Property names are data, not schema keywords: recurse into their schemas only.
    out[key] =
      key === 'properties' || key === 'definitions'
        ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, strict(sub)]))
        : strict(value);
  }
  if (out.format === 'int-or-string') {
    const { format: _format, type: _type, ...rest } = out;
    return { ...rest, oneOf: [{ type: 'string' }, { type: 'integer' }] };
  }
  if (out.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  if (
    out.properties &&
    !('additionalProperties' in out) &&
    out['x-kubernetes-preserve-unknown-fields'] !== true
  ) {
    out.additionalProperties = false;
  }
  return out;
}

// Names of the definitions NODE refers to ("#/definitions/NAME").
function refsOf(node, found = new Set()) {
  if (Array.isArray(node)) node.forEach((item) => refsOf(item, found));
  else if (node && typeof node === 'object') {
    if (typeof node.$ref === 'string') found.add(node.$ref.replace('#/definitions/', ''));
    Object.values(node).forEach((value) => refsOf(value, found));
  }
  return found;
}

// kubeconform's file name suffix: "-<first label of the group>-<version>", or "-<version>" for core.
function kindFileName(gvk) {
  const group = gvk.group ? `-${gvk.group.split('.')[0]}` : '';
  return `${gvk.kind}${group}-${gvk.version}.json`.toLowerCase();
}

function writeJson(file, value) {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

function kube(swaggerPath, outDir) {
  const definitions = JSON.parse(readFileSync(swaggerPath, 'utf8')).definitions;
  // A quantity is written as 100m or 1Gi, and also as a bare number.
  definitions[QUANTITY] = {
    description: definitions[QUANTITY]?.description,
    oneOf: [{ type: 'string' }, { type: 'number' }],
  };
  mkdirSync(outDir, { recursive: true });
  let written = 0;
  for (const [name, definition] of Object.entries(definitions)) {
    // Kubernetes' own types only: CRDs the apiserver happens to serve come from their files.
    if (!name.startsWith('io.k8s.')) continue;
    for (const gvk of definition['x-kubernetes-group-version-kind'] ?? []) {
      const apiVersion = gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version;
      const used = {};
      const pending = [...refsOf(definition)];
      while (pending.length) {
        const ref = pending.pop();
        if (used[ref] || !definitions[ref]) continue;
        used[ref] = definitions[ref];
        pending.push(...refsOf(definitions[ref]));
      }
      const schema = structuredClone(definition);
      schema.properties = {
        ...schema.properties,
        apiVersion: { ...schema.properties?.apiVersion, type: 'string', enum: [apiVersion] },
        kind: { ...schema.properties?.kind, type: 'string', enum: [gvk.kind] },
      };
      writeJson(join(outDir, kindFileName(gvk)), strict({ ...schema, definitions: used }));
      written += 1;
    }
  }
  return written;
}

function crds(outDir, files) {
  let written = 0;
  for (const file of files) {
    for (const doc of yaml.loadAll(readFileSync(file, 'utf8'))) {
      if (doc?.kind !== 'CustomResourceDefinition') continue;
      const { group, names } = doc.spec;
      for (const version of doc.spec.versions ?? []) {
        const schema = version.schema?.openAPIV3Schema;
        if (!schema || version.served === false) continue;
        mkdirSync(join(outDir, group), { recursive: true });
        const name = `${names.kind}_${version.name}.json`.toLowerCase();
        writeJson(join(outDir, group, name), strict(schema));
        written += 1;
      }
    }
  }
  return written;
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'kube' && args.length === 2) {
  console.log(`${kube(args[0], args[1])} Kubernetes schemas written to ${args[1]}`);
} else if (mode === 'crds' && args.length >= 2) {
  console.log(`${crds(args[0], args.slice(1))} CRD schemas written to ${args[0]}`);
} else {
  console.error(
    'usage: openapi2jsonschema.mjs kube SWAGGER.json OUT_DIR | crds OUT_DIR CRD.yaml...',
  );
  process.exit(2);
}
