import { adminAccessQuestions } from './access-review';

describe('adminAccessQuestions', () => {
  it('asks for exactly the writes the page makes, with group-qualified names', () => {
    const questions = adminAccessQuestions('redhat-ods-applications');
    expect(questions.patchDataScienceCluster).toEqual({
      group: 'datasciencecluster.opendatahub.io',
      resource: 'datascienceclusters',
      verb: 'patch',
      namespace: undefined,
      qualifiedResource: 'datascienceclusters.datasciencecluster.opendatahub.io',
    });
    expect(questions.createSecret).toEqual({
      group: '',
      resource: 'secrets',
      verb: 'create',
      namespace: 'redhat-ods-applications',
      qualifiedResource: 'secrets',
    });
    expect(Object.keys(questions).sort()).toEqual([
      'createConsoleLink',
      'createMlflow',
      'createSecret',
      'deleteConsoleLink',
      'listSecrets',
      'listStorageClasses',
      'patchDataScienceCluster',
      'patchMlflow',
    ]);
  });
});
