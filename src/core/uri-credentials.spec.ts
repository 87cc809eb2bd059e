import { buildUriSecret, detectPasswordInUri, redactUri, secretKeys } from './uri-credentials';

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
