/**
 * The "Connect from code" snippets run by bash and read by the MLflow client of the stack's venv
 * (MLflow 3.17): every variable the snippet sets is one the client reads, with the value meant,
 * and a status URL with shell metacharacters runs nothing.
 */
import { execFileSync } from 'child_process';
import { join } from 'path';

import { connectionSnippets, SERVICE_CA_PATH } from '../../src/core/links/mlflow-links';
import { readStack, required } from '../support/stack';

const PYTHON = join(required(readStack(), 'MLFLOW_VENV'), 'bin/python');

/** What MLflow's own client makes of the environment: its host credentials and workspace. */
const READ_CLIENT_SETTINGS = `
import json, mlflow
from mlflow.environment_variables import MLFLOW_WORKSPACE
from mlflow.utils.credentials import get_default_host_creds
creds = get_default_host_creds(mlflow.get_tracking_uri())
print(json.dumps({"host": creds.host, "auth": creds.auth, "token": creds.token,
                  "server_cert_path": creds.server_cert_path,
                  "workspace": MLFLOW_WORKSPACE.get()}))
`;

/** Runs the snippet in a clean bash, then asks the MLflow client; also returns what bash printed. */
const runSnippet = (snippet: string) => {
  const output = execFileSync(
    'bash',
    ['-c', `oc() { echo sha256~from-oc; }\n${snippet}\n"$0" -c "$1"`, PYTHON, READ_CLIENT_SETTINGS],
    {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME },
    },
  );
  const lines = output.trim().split('\n');
  return { printed: lines.slice(0, -1), client: JSON.parse(lines.at(-1) ?? '{}') as unknown };
};

describe('the connection snippets, as the MLflow client reads them', () => {
  const snippets = connectionSnippets({
    namespace: 'team-a',
    externalUrl: 'https://gateway.example.com/mlflow',
    inClusterUrl: 'https://mlflow.redhat-ods-applications.svc:8443/mlflow',
  });

  it('in a pod: the Service URL, Kubernetes auth, the workspace and the service CA', () => {
    expect(runSnippet(snippets.inCluster)).toEqual({
      printed: [],
      client: {
        host: 'https://mlflow.redhat-ods-applications.svc:8443/mlflow',
        auth: 'kubernetes-namespaced',
        token: null,
        server_cert_path: SERVICE_CA_PATH,
        workspace: 'team-a',
      },
    });
  });

  it("on a workstation: the public URL and the user's token", () => {
    expect(runSnippet(snippets.workstation)).toEqual({
      printed: [],
      client: {
        host: 'https://gateway.example.com/mlflow',
        auth: null,
        token: 'sha256~from-oc',
        server_cert_path: null,
        workspace: 'team-a',
      },
    });
  });

  it('runs nothing from a status URL with shell metacharacters', () => {
    const hostile = 'https://x/mlflow;echo${IFS}INJECTED;';
    const refused = connectionSnippets({
      namespace: 'team-a',
      externalUrl: hostile,
      inClusterUrl: hostile,
    });
    for (const snippet of [refused.inCluster, refused.workstation]) {
      const { printed, client } = runSnippet(snippet);
      expect(printed).toEqual([]);
      expect(client).toMatchObject({ host: '<MLflow URL>' });
    }
  });
});
