import { readFileSync } from 'fs';
import { load } from 'js-yaml';
import { join } from 'path';

import {
  crdFieldsFromDryRun,
  crdFieldsFromSchema,
  EndpointLedger,
  endpointKey,
  mlflowVersionFrom,
  releaseOfMlflow,
  undeclaredFields,
  withoutUnofferedFields,
} from '.';

const CLUSTER = join(__dirname, '../../../test-data/cluster');
const crdOf = (file: string): unknown => load(readFileSync(join(CLUSTER, file), 'utf8'));

describe('the MLflow CRD fields of a cluster', () => {
  it('finds the fields in the schema of the current CRD', () => {
    const fields = crdFieldsFromSchema(crdOf('crds/mlflow.opendatahub.io_mlflows.yaml'));
    expect(fields).toEqual({
      garbageCollection: 'offered',
      traceArchival: 'offered',
      migration: 'offered',
      readReplicaBackendStoreUri: 'offered',
      resourceClaims: 'offered',
    });
  });

  it('marks absent what the OpenShift AI 3.4 CRD lacks', () => {
    const fields = crdFieldsFromSchema(
      crdOf('releases/rhoai-3.4/crds/mlflow.opendatahub.io_mlflows.yaml'),
    );
    expect(fields).toEqual({
      garbageCollection: 'absent',
      traceArchival: 'absent',
      migration: 'absent',
      readReplicaBackendStoreUri: 'absent',
      resourceClaims: 'absent',
    });
  });

  it('tells nothing from a CRD without the version', () => {
    expect(crdFieldsFromSchema({ spec: { versions: [{ name: 'v2' }] } }).traceArchival).toBe(
      'unknown',
    );
  });
});

describe('the strict dry run, when the CRD cannot be read', () => {
  it('reads the undeclared fields in both wordings of the apiserver', () => {
    expect(
      undeclaredFields(
        'strict decoding error: unknown field "spec.garbageCollection", unknown field "spec.traceArchival"',
      ),
    ).toEqual(['spec.garbageCollection', 'spec.traceArchival']);
    expect(undeclaredFields('.spec.migration: field not declared in schema')).toEqual([
      'spec.migration',
    ]);
  });

  it('marks absent the fields a 400 names, and offered the other probed ones', () => {
    const fields = crdFieldsFromDryRun({
      ok: false,
      status: 400,
      message: 'strict decoding error: unknown field "spec.traceArchival"',
    });
    expect(fields.traceArchival).toBe('absent');
    expect(fields.garbageCollection).toBe('offered');
    expect(fields.readReplicaBackendStoreUri).toBe('unknown');
  });

  it('marks every gated field absent when every probed one is (the 3.4 apiserver: 422)', () => {
    const fields = crdFieldsFromDryRun({
      ok: false,
      status: 422,
      message:
        'strict decoding error: unknown field "spec.garbageCollection", unknown field "spec.migration", unknown field "spec.resourceClaims", unknown field "spec.traceArchival"',
    });
    expect(Object.values(fields)).toEqual(Array(5).fill('absent'));
  });

  it('offers the probed fields on success or a refusal of their values', () => {
    expect(crdFieldsFromDryRun({ ok: true }).traceArchival).toBe('offered');
    expect(crdFieldsFromDryRun({ ok: false, status: 422, message: 'invalid' }).migration).toBe(
      'offered',
    );
  });

  it('tells nothing when the dry run was refused for other reasons', () => {
    expect(
      crdFieldsFromDryRun({ ok: false, status: 403, message: 'forbidden' }).traceArchival,
    ).toBe('unknown');
  });
});

describe('the requests the MLflow server offers', () => {
  it('keys a request without prefix, version and query', () => {
    expect(endpointKey('/ajax-api/3.0/mlflow/traces/search?x=1')).toBe('mlflow/traces/search');
    expect(endpointKey('/api/2.0/mlflow/experiments/search')).toBe('mlflow/experiments/search');
  });

  it('remembers an absent request (HTML 404 or ENDPOINT_NOT_FOUND) as not offered', () => {
    const ledger = new EndpointLedger();
    expect(ledger.offer('/ajax-api/2.0/mlflow/logged-models/search')).toBe('unknown');
    ledger.record('/ajax-api/2.0/mlflow/logged-models/search', { kind: 'not-found' });
    expect(ledger.offer('/ajax-api/2.0/mlflow/logged-models/search')).toBe('absent');
    ledger.record('/ajax-api/3.0/mlflow/traces/search', {
      kind: 'not-found',
      errorCode: 'ENDPOINT_NOT_FOUND',
    });
    expect(ledger.offer('/api/3.0/mlflow/traces/search')).toBe('absent');
  });

  it('counts a missing object as an offered request', () => {
    const ledger = new EndpointLedger();
    ledger.record('/ajax-api/2.0/mlflow/runs/get', {
      kind: 'not-found',
      errorCode: 'RESOURCE_DOES_NOT_EXIST',
    });
    expect(ledger.offer('/ajax-api/2.0/mlflow/runs/get')).toBe('offered');
  });
});

describe('the MLflow version', () => {
  it('reads /version text and a server-info version', () => {
    expect(mlflowVersionFrom('3.10.1\n')).toBe('3.10.1');
    expect(mlflowVersionFrom({ mlflow_version: '3.14.0' })).toBe('3.14.0');
    expect(mlflowVersionFrom({ workspaces_enabled: true })).toBeUndefined();
    expect(mlflowVersionFrom('<!doctype html>')).toBeUndefined();
  });

  it('names the release line of a version', () => {
    expect(releaseOfMlflow('3.10.1')?.product).toBe('OpenShift AI 3.4');
    expect(releaseOfMlflow('3.14.0')?.product).toBe('OpenShift AI 3.5');
    expect(releaseOfMlflow('3.17.2')?.product).toBe('OpenShift AI 3.6');
    expect(releaseOfMlflow('2.21.0')).toBeUndefined();
  });
});

describe('what the plugin sends', () => {
  it('leaves every field the CRD does not offer as it was, so nothing is pruned', () => {
    const offers = crdFieldsFromSchema(
      crdOf('releases/rhoai-3.4/crds/mlflow.opendatahub.io_mlflows.yaml'),
    );
    const sent = withoutUnofferedFields(
      {
        replicas: 2,
        garbageCollection: { schedule: '0 3 * * *' },
        traceArchival: { enabled: true },
      },
      { replicas: 1 },
      offers,
    );
    expect(sent).toEqual({ replicas: 2 });
  });
});
