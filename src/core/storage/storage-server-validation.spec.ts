import { storageIssuesFromServer } from './storage-server-validation';

/** A 422 Status as the real kube-apiserver answered it for an invalid MLflow (trimmed). */
const invalid = {
  kind: 'Status',
  apiVersion: 'v1',
  status: 'Failure',
  message: 'MLflow.mlflow.opendatahub.io "mlflow" is invalid: [...]',
  reason: 'Invalid',
  code: 422,
  details: {
    name: 'mlflow',
    causes: [
      {
        reason: 'FieldValueInvalid',
        message:
          'Invalid value: "10 GiB": spec.storage.resources.requests.storage in body should match \'^(\\+|-)?...$\'',
        field: 'spec.storage.resources.requests.storage',
      },
      {
        reason: 'FieldValueInvalid',
        message:
          'Invalid value: "object": backendStoreUri must use a supported SQL metadata store URI scheme',
        field: 'spec',
      },
      {
        reason: 'FieldValueInvalid',
        message: 'Invalid value: "object": something new',
        field: 'spec',
      },
    ],
  },
};

describe('storageIssuesFromServer', () => {
  it('places CEL rule failures and schema errors on their form fields', () => {
    const issues = storageIssuesFromServer({ json: invalid }, { backendStoreUri: 'mongodb://x' });
    expect(issues).toEqual([
      { field: 'storage.size', message: invalid.details.causes[0].message },
      {
        rule: 'backend-scheme',
        field: 'backendStoreUri',
        message: invalid.details.causes[1].message,
      },
      { field: undefined, message: 'spec: Invalid value: "object": something new' },
    ]);
  });

  it('reads a Status body passed directly', () => {
    expect(storageIssuesFromServer(invalid, {})).toHaveLength(3);
  });

  it('falls back to the Status message when there are no causes', () => {
    expect(
      storageIssuesFromServer(
        { json: { kind: 'Status', message: 'admission webhook denied' } },
        {},
      ),
    ).toEqual([{ message: 'admission webhook denied' }]);
    expect(storageIssuesFromServer(new Error('network'), {})).toEqual([]);
  });
});
