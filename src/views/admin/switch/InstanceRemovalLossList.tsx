import { Content } from '@patternfly/react-core';

import type { InstanceRemovalLoss, VolumeContent } from '@/core/instance/instance-removal';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

/** Exactly what deleting the MLflow instance deletes, and which external stores it keeps. */
export const InstanceRemovalLossList = ({ loss }: { loss: InstanceRemovalLoss }) => {
  const { t } = useMlflowTranslation();
  const contentText = (content: VolumeContent) => {
    switch (content) {
      case 'metadata':
        return t('the experiments, runs, traces and models in its SQLite database;');
      case 'registry':
        return t('the model registry in its own SQLite database;');
      case 'artifacts':
        return t('the artifacts stored as files on it.');
    }
  };
  const { volume, keptDatabase, keptArtifactStore } = loss;
  return (
    <>
      <Content component="p">{t('Deleted with the instance:')}</Content>
      <Content component="ul">
        <Content component="li">
          {t('the MLflow server (its Deployment and Service), removed by the operator;')}
        </Content>
        {volume ? (
          <Content component="li">
            {t('the PersistentVolumeClaim {{claim}} in {{namespace}} and its volume, with:', {
              claim: volume.claimName,
              namespace: volume.namespace,
            })}
            <Content component="ul">
              {volume.contents.length > 0 ? (
                volume.contents.map((content) => (
                  <Content component="li" key={content}>
                    {contentText(content)}
                  </Content>
                ))
              ) : (
                <Content component="li">
                  {t('whatever earlier local storage left on it (MLflow no longer uses it).')}
                </Content>
              )}
            </Content>
          </Content>
        ) : null}
      </Content>
      {volume ? null : (
        <Content component="p">
          {t('No MLflow data is deleted: the instance stores nothing on a volume of its own.')}
        </Content>
      )}
      {keptDatabase || keptArtifactStore ? (
        <>
          <Content component="p">{t('Kept, as the instance does not own them:')}</Content>
          <Content component="ul">
            {keptDatabase?.uri ? (
              <Content component="li">
                {t('the database {{uri}} with the experiments and runs;', {
                  uri: keptDatabase.uri,
                })}
              </Content>
            ) : null}
            {keptDatabase?.secret ? (
              <Content component="li">
                {t(
                  'the database named in Secret {{secretName}} (key {{secretKey}}) with the experiments and runs, and the Secret;',
                  { secretName: keptDatabase.secret.name, secretKey: keptDatabase.secret.key },
                )}
              </Content>
            ) : null}
            {keptArtifactStore ? (
              <Content component="li">
                {t('the artifact bucket {{store}} with the artifacts.', {
                  store: keptArtifactStore,
                })}
              </Content>
            ) : null}
          </Content>
        </>
      ) : null}
    </>
  );
};
