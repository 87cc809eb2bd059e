import { DocumentTitle } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Card,
  CardBody,
  CardTitle,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  PageSection,
  Spinner,
  Stack,
  StackItem,
  Title,
} from '@patternfly/react-core';

import { ConditionsTable } from '../../components/ConditionsTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MlflowStatusSummary } from '../../components/MlflowStatusSummary';
import { getMlflowManagementState } from '../../core/mlflow-status';
import { useMlflowStatus } from '../../hooks/useMlflowStatus';
import { useMlflowTranslation } from '../../hooks/useMlflowTranslation';
import { NotInstalledState } from './NotInstalledState';

/** Administration → MLflow: the cluster admin's page for MLflow on OpenShift AI. */
const MlflowAdminPage = () => {
  const { t } = useMlflowTranslation();
  const { status, loaded, error, dataScienceClusters, mlflow, dscCrdPresent, mlflowCrdPresent } =
    useMlflowStatus();
  const dsc = dataScienceClusters.at(0);

  return (
    <>
      <DocumentTitle>{t('MLflow')}</DocumentTitle>
      <PageSection>
        <Title headingLevel="h1">{t('MLflow')}</Title>
      </PageSection>
      <PageSection>
        {error ? (
          <ErrorAlert title={t('Could not read the MLflow resources')} error={error} />
        ) : null}
        {!loaded ? (
          <Spinner aria-label={t('Loading MLflow status')} />
        ) : status.kind === 'not-installed' && status.reason === 'no-openshift-ai' ? (
          <NotInstalledState />
        ) : (
          <Stack hasGutter>
            {dscCrdPresent && !mlflowCrdPresent ? (
              <StackItem>
                <Alert
                  isInline
                  variant="info"
                  title={t('The MLflow operator is not installed yet')}
                >
                  {t(
                    'OpenShift AI is installed, but the MLflow CRD is missing. Setting the mlflowoperator component to Managed makes OpenShift AI install the operator.',
                  )}
                </Alert>
              </StackItem>
            ) : null}
            <StackItem>
              <Card>
                <CardTitle>{t('Status')}</CardTitle>
                <CardBody>
                  <DescriptionList isHorizontal>
                    <DescriptionListGroup>
                      <DescriptionListTerm>{t('Summary')}</DescriptionListTerm>
                      <DescriptionListDescription>
                        <MlflowStatusSummary status={status} />
                      </DescriptionListDescription>
                    </DescriptionListGroup>
                    <DescriptionListGroup>
                      <DescriptionListTerm>{t('DataScienceCluster')}</DescriptionListTerm>
                      <DescriptionListDescription>
                        {dsc?.metadata?.name ?? t('None found')}
                      </DescriptionListDescription>
                    </DescriptionListGroup>
                    <DescriptionListGroup>
                      <DescriptionListTerm>{t('Component management state')}</DescriptionListTerm>
                      <DescriptionListDescription>
                        {getMlflowManagementState(dsc) ?? t('Not set (treated as Removed)')}
                      </DescriptionListDescription>
                    </DescriptionListGroup>
                  </DescriptionList>
                </CardBody>
              </Card>
            </StackItem>
            <StackItem>
              <Card>
                <CardTitle>{t('MLflow instance conditions')}</CardTitle>
                <CardBody>
                  {mlflow ? (
                    <ConditionsTable
                      conditions={mlflow.status?.conditions ?? []}
                      ariaLabel={t('MLflow instance conditions')}
                    />
                  ) : (
                    <Alert
                      isInline
                      isPlain
                      variant="info"
                      title={t('No MLflow instance exists.')}
                    />
                  )}
                </CardBody>
              </Card>
            </StackItem>
          </Stack>
        )}
      </PageSection>
    </>
  );
};

export default MlflowAdminPage;
