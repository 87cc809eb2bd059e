import { ResourceLink, Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import {
  Content,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
} from '@patternfly/react-core';

import { LongText } from '@/components/LongText';
import { MLFLOW_DEPLOYMENT_NAME } from '@/core/health/operator-names';
import { summarizeDeployment } from '@/core/health/workload-summary';
import type { Deployment, Pod } from '@/core/health/workload-types';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

const DEPLOYMENT_GVK = { group: 'apps', version: 'v1', kind: 'Deployment' };

interface TrackingServerSectionProps {
  namespace: string;
  deployment?: Deployment;
  pods: readonly Pod[];
}

/** The Deployment that runs the tracking server: replicas, image, restarts, age. */
export const TrackingServerSection = ({
  namespace,
  deployment,
  pods,
}: TrackingServerSectionProps) => {
  const { t } = useMlflowTranslation();
  if (!deployment) {
    return (
      <Content component="p">
        {t('There is no Deployment {{name}} in {{namespace}}: the operator has not created it.', {
          name: MLFLOW_DEPLOYMENT_NAME,
          namespace,
        })}
      </Content>
    );
  }
  const summary = summarizeDeployment(deployment, pods);
  return (
    <DescriptionList isHorizontal isCompact horizontalTermWidthModifier={{ default: '20ch' }}>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Deployment')}</DescriptionListTerm>
        <DescriptionListDescription>
          <ResourceLink
            groupVersionKind={DEPLOYMENT_GVK}
            name={summary.name}
            namespace={namespace}
          />
        </DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Ready replicas')}</DescriptionListTerm>
        <DescriptionListDescription>
          {t('{{ready}} of {{total}}', {
            ready: summary.readyReplicas,
            total: summary.desiredReplicas,
          })}
        </DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Image')}</DescriptionListTerm>
        <DescriptionListDescription>
          {summary.image ? <LongText text={summary.image} maxChars={80} /> : t('Not set')}
        </DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Restarts')}</DescriptionListTerm>
        <DescriptionListDescription>{summary.restarts}</DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Created')}</DescriptionListTerm>
        <DescriptionListDescription>
          <Timestamp timestamp={summary.createdAt} />
        </DescriptionListDescription>
      </DescriptionListGroup>
    </DescriptionList>
  );
};
