/** The console paths the shell's ResourceLink links to, as the console's own links read. */
import { resourcePath } from '../../dev/console-shell/app/sdk/resource-path';

const rbac = (kind: string) => ({ group: 'rbac.authorization.k8s.io', version: 'v1', kind });

describe("the shell's ResourceLink paths", () => {
  it('puts namespaced built-in kinds under their namespace, by plural', () => {
    expect(resourcePath({ version: 'v1', kind: 'ServiceAccount' }, 'trainer', 'team-a')).toBe(
      '/k8s/ns/team-a/serviceaccounts/trainer',
    );
    expect(resourcePath(rbac('Role'), 'reader', 'team-a')).toBe('/k8s/ns/team-a/roles/reader');
    expect(resourcePath(rbac('RoleBinding'), 'trainer-mlflow', 'team-a')).toBe(
      '/k8s/ns/team-a/rolebindings/trainer-mlflow',
    );
    expect(resourcePath({ group: 'apps', version: 'v1', kind: 'Deployment' }, 'mlflow', 'x')).toBe(
      '/k8s/ns/x/deployments/mlflow',
    );
  });

  it('puts cluster-scoped kinds under /k8s/cluster even when a namespace is passed', () => {
    expect(resourcePath(rbac('ClusterRole'), 'admin')).toBe('/k8s/cluster/clusterroles/admin');
    expect(resourcePath(rbac('ClusterRole'), 'admin', 'team-a')).toBe(
      '/k8s/cluster/clusterroles/admin',
    );
    expect(
      resourcePath({ group: 'storage.k8s.io', version: 'v1', kind: 'StorageClass' }, 'gp3'),
    ).toBe('/k8s/cluster/storageclasses/gp3');
    expect(resourcePath({ version: 'v1', kind: 'Namespace' }, 'team-a')).toBe(
      '/k8s/cluster/namespaces/team-a',
    );
    expect(
      resourcePath({ group: 'project.openshift.io', version: 'v1', kind: 'Project' }, 'team-a'),
    ).toBe('/k8s/cluster/projects/team-a');
  });

  it('names custom kinds by reference', () => {
    expect(
      resourcePath({ group: 'console.openshift.io', version: 'v1', kind: 'ConsoleLink' }, 'mlflow'),
    ).toBe('/k8s/cluster/console.openshift.io~v1~ConsoleLink/mlflow');
    expect(
      resourcePath(
        { group: 'mlflow.kubeflow.org', version: 'v1', kind: 'MLflowConfig' },
        'mlflow',
        'team-a',
      ),
    ).toBe('/k8s/ns/team-a/mlflow.kubeflow.org~v1~MLflowConfig/mlflow');
  });

  it('encodes the name and leaves it out for a list', () => {
    expect(resourcePath({ version: 'v1', kind: 'Secret' }, 'a b', 'team-a')).toBe(
      '/k8s/ns/team-a/secrets/a%20b',
    );
    expect(resourcePath({ version: 'v1', kind: 'Pod' }, undefined, 'team-a')).toBe(
      '/k8s/ns/team-a/pods',
    );
  });
});
