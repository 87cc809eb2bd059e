import {
  buildUriSecret,
  detectPasswordInUri,
  passwordsNeedingConsent,
  redactStorageSpec,
  redactUri,
  secretKeys,
} from './uri-credentials';

describe('detectPasswordInUri', () => {
  it.each([
    'postgresql://mlflow:s3cret@db.example.com:5432/mlflow',
    'mysql+pymysql://root:p%40ss@mysql/mlflow',
    '  postgresql://u:x@db/m',
  ])('finds the password in %s', (uri) => {
    expect(detectPasswordInUri(uri)).toBe(true);
  });

  it.each([
    'postgresql://mlflow@db.example.com/mlflow',
    'postgresql://mlflow:@db/mlflow',
    'sqlite:////mlflow/mlflow.db',
    'postgresql://db/mlflow?password=x',
    '',
  ])('finds none in %s', (uri) => {
    expect(detectPasswordInUri(uri)).toBe(false);
  });
});

describe('redactUri', () => {
  it('hides the password and keeps the rest', () => {
    expect(redactUri('postgresql://mlflow:s3cret@db:5432/mlflow')).toBe(
      'postgresql://mlflow:****@db:5432/mlflow',
    );
    expect(redactUri('sqlite:////mlflow/mlflow.db')).toBe('sqlite:////mlflow/mlflow.db');
  });
});

describe('buildUriSecret', () => {
  it('puts the URI under backend-store-uri in the MLflow namespace, labelled as ours', () => {
    expect(
      buildUriSecret({
        namespace: 'redhat-ods-applications',
        name: 'mlflow-backend-store-uri',
        uri: 'postgresql://u:p@db/m',
      }),
    ).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: {
        name: 'mlflow-backend-store-uri',
        namespace: 'redhat-ods-applications',
        labels: { 'app.kubernetes.io/managed-by': 'mlflow-console-plugin' },
      },
      type: 'Opaque',
      stringData: { 'backend-store-uri': 'postgresql://u:p@db/m' },
    });
  });
});

describe('secretKeys', () => {
  it('lists key names only, sorted', () => {
    expect(secretKeys({ data: { b: 'eA==', a: 'eQ==' } })).toEqual(['a', 'b']);
    expect(secretKeys(undefined)).toEqual([]);
  });
});

describe('redactStorageSpec', () => {
  it('hides the password of every URI in the spec and nothing else', () => {
    expect(
      redactStorageSpec({
        backendStoreUri: 'postgresql://mlflow:hunter2@db:5432/mlflow',
        registryStoreUri: 'mysql://reg:hunter3@mysql/registry',
        readReplicaBackendStoreUri: 'postgresql://ro:hunter4@replica/mlflow',
        defaultArtifactRoot: 's3://bucket/a',
        replicas: 2,
      }),
    ).toEqual({
      backendStoreUri: 'postgresql://mlflow:****@db:5432/mlflow',
      registryStoreUri: 'mysql://reg:****@mysql/registry',
      readReplicaBackendStoreUri: 'postgresql://ro:****@replica/mlflow',
      defaultArtifactRoot: 's3://bucket/a',
      replicas: 2,
    });
  });
});

describe('passwordsNeedingConsent', () => {
  const withPassword = 'postgresql://mlflow:hunter2@db:5432/mlflow';

  it('asks for consent for each typed URI that would write a password', () => {
    expect(
      passwordsNeedingConsent(
        undefined,
        { backendStoreUri: withPassword, registryStoreUri: 'mysql://r:x@m/r' },
        {},
      ),
    ).toEqual(['backendStoreUri', 'registryStoreUri']);
  });

  it('is satisfied by consent to that exact URI only', () => {
    const after = { backendStoreUri: withPassword };
    expect(passwordsNeedingConsent(undefined, after, { backendStoreUri: withPassword })).toEqual(
      [],
    );
    expect(
      passwordsNeedingConsent(undefined, after, {
        backendStoreUri: 'postgresql://mlflow:old@db:5432/mlflow',
      }),
    ).toEqual(['backendStoreUri']);
  });

  it('asks nothing for a URI without password, or one the instance already has', () => {
    expect(
      passwordsNeedingConsent(undefined, { backendStoreUri: 'postgresql://db/m' }, {}),
    ).toEqual([]);
    const spec = { backendStoreUri: withPassword };
    expect(passwordsNeedingConsent(spec, spec, {})).toEqual([]);
  });
});
