import type { K8sObject } from '@/core/k8s/types';

import {
  buildWorkspaceDescriptionPatch,
  readWorkspaceDescription,
  WORKSPACE_DESCRIPTION_ANNOTATION,
} from './workspace-description';

const ns = (description?: string): K8sObject => {
  const annotations: Record<string, string> = {};
  if (description !== undefined) annotations[WORKSPACE_DESCRIPTION_ANNOTATION] = description;
  return { metadata: { name: 'team-a', resourceVersion: '12', annotations } };
};
const guard = { op: 'replace', path: '/metadata/resourceVersion', value: '12' };
const path = '/metadata/annotations/mlflow.kubeflow.org~1workspace-description';

describe('readWorkspaceDescription', () => {
  it('reads the annotation mlflow-kubernetes-plugins reads', () => {
    expect(readWorkspaceDescription(ns('Fraud models'))).toBe('Fraud models');
  });

  it('has no description for a missing or blank annotation', () => {
    expect(readWorkspaceDescription(ns())).toBeUndefined();
    expect(readWorkspaceDescription(ns('  '))).toBeUndefined();
  });
});

describe('buildWorkspaceDescriptionPatch', () => {
  it('sets the trimmed text, guarded by the resourceVersion', () => {
    expect(buildWorkspaceDescriptionPatch(ns('old'), '  new text ')).toEqual([
      guard,
      { op: 'add', path, value: 'new text' },
    ]);
  });

  it('removes the annotation when the text is emptied', () => {
    expect(buildWorkspaceDescriptionPatch(ns('old'), ' ')).toEqual([guard, { op: 'remove', path }]);
  });
});
