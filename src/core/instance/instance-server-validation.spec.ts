import { instanceIssuesFromServer } from './instance-server-validation';

const refusal = (causes: { field: string; message: string }[]) => ({
  response: { status: 422 },
  json: {
    kind: 'Status',
    message: 'MLflow.mlflow.opendatahub.io "mlflow" is invalid',
    details: { causes },
  },
});

describe('instanceIssuesFromServer', () => {
  it('places schema errors by their path and CEL rules by their message', () => {
    const spec = { traceArchival: { enabled: true, location: 's3://b' } };
    expect(
      instanceIssuesFromServer(
        refusal([
          {
            field: 'spec.replicas',
            message: 'Invalid value: 0: should be greater than or equal to 1',
          },
          {
            field: 'spec',
            message:
              'Invalid value: "object": traceArchival.retention is required when traceArchival.enabled is true',
          },
          {
            field: '<nil>',
            message: 'some validation rules were not checked because the object was invalid',
          },
          { field: 'metadata.name', message: 'nope' },
        ]),
        spec,
      ),
    ).toEqual([
      { field: 'replicas', message: 'Invalid value: 0: should be greater than or equal to 1' },
      {
        rule: 'trace-retention-required',
        field: 'traceArchival.retention',
        message:
          'Invalid value: "object": traceArchival.retention is required when traceArchival.enabled is true',
      },
      { message: 'metadata.name: nope' },
    ]);
  });

  it('keeps the message of a refusal without causes', () => {
    expect(instanceIssuesFromServer({ json: { kind: 'Status', message: 'denied' } }, {})).toEqual([
      { message: 'denied' },
    ]);
  });
});
