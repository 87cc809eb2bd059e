import {
  Card,
  CardBody,
  CardTitle,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Stack,
  StackItem,
} from '@patternfly/react-core';

import { ConditionsTable } from '@/components/ConditionsTable';
import { K8sResourceLink } from '@/components/K8sResourceLink';
import type { MlflowInstanceWithSpec } from '@/core/instance/instance-types';
import { MLflowModel } from '@/core/k8s/models';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { InstanceUrl } from './InstanceUrl';

/** The MLflow instance as its operator reports it: version, addresses, every condition. */
export const InstanceCard = ({ mlflow }: { mlflow: MlflowInstanceWithSpec }) => {
  const { t } = useMlflowTranslation();
  return (
    <Card>
      <CardTitle>{t('MLflow instance')}</CardTitle>
      <CardBody>
        <Stack hasGutter>
          <StackItem>
            <DescriptionList isHorizontal horizontalTermWidthModifier={{ default: '24ch' }}>
              <DescriptionListGroup>
                <DescriptionListTerm>{t('Name')}</DescriptionListTerm>
                <DescriptionListDescription>
                  <K8sResourceLink model={MLflowModel} name={mlflow.metadata?.name ?? ''} />
                </DescriptionListDescription>
              </DescriptionListGroup>
              <DescriptionListGroup>
                <DescriptionListTerm>{t('Version')}</DescriptionListTerm>
                <DescriptionListDescription>
                  {mlflow.status?.version ?? t('Not reported yet')}
                </DescriptionListDescription>
              </DescriptionListGroup>
              <DescriptionListGroup>
                <DescriptionListTerm>{t('URL')}</DescriptionListTerm>
                <DescriptionListDescription>
                  <InstanceUrl url={mlflow.status?.url} />
                </DescriptionListDescription>
              </DescriptionListGroup>
              <DescriptionListGroup>
                <DescriptionListTerm>{t('In-cluster address')}</DescriptionListTerm>
                <DescriptionListDescription>
                  {mlflow.status?.address?.url ?? t('Not reported yet')}
                </DescriptionListDescription>
              </DescriptionListGroup>
            </DescriptionList>
          </StackItem>
          <StackItem>
            <ConditionsTable
              conditions={mlflow.status?.conditions ?? []}
              ariaLabel={t('MLflow instance conditions')}
            />
          </StackItem>
        </Stack>
      </CardBody>
    </Card>
  );
};
