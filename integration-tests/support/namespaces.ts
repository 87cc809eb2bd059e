/**
 * Namespaces made by a test, removed to the end: no namespace controller runs in the local stack, so
 * a deleted namespace would stay Terminating with its `kubernetes` finalizer; finalizing it as the
 * controller would deletes it for good (a watch sees DELETED).
 */
import { kube, readStack } from './stack';

export const deleteNamespace = async (name: string, stack = readStack()) => {
  const admin = kube('admin', stack);
  await admin.delete(`/api/v1/namespaces/${name}`);
  await admin.put(`/api/v1/namespaces/${name}/finalize`, {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name },
    spec: { finalizers: [] },
  });
};
