import {
  Alert,
  Card,
  CardBody,
  CardTitle,
  Spinner,
  Stack,
  StackItem,
  Title,
} from '@patternfly/react-core';
import type { ReactNode } from 'react';

import type { HealthVerdict } from '@/core/health/health-verdict';
import {
  deriveMigrationState,
  recentWarningEvents,
  usesPvcStorage,
} from '@/core/health/workload-summary';
import type { HealthPart } from '@/hooks/useMlflowHealth';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { DiagnosisList } from './DiagnosisList';
import { PartError } from './PartError';
import { PodTable } from './PodTable';
import { TrackingServerSection } from './TrackingServerSection';
import { useHealthVerdict } from './useHealthVerdict';
import type { HealthVerdictProps } from './useHealthVerdict';
import { MigrationDescription, VolumeDescription } from './VolumeAndMigration';
import { WarningEvents } from './WarningEvents';

/** The verdict's line at the top of the card (the diagnoses have their own list). */
const VerdictLine = ({ verdict }: { verdict: HealthVerdict }) => {
  const { t } = useMlflowTranslation();
  switch (verdict.kind) {
    case 'problems':
      return <DiagnosisList diagnoses={verdict.diagnoses} />;
    case 'replicas-not-ready':
      return (
        <Alert
          isInline
          variant="warning"
          title={t('{{ready}} of {{desired}} MLflow server replicas are ready', {
            ready: verdict.replicas.ready,
            desired: verdict.replicas.desired,
          })}
        />
      );
    case 'healthy':
      return <Alert isInline isPlain variant="success" title={t('No known problem found')} />;
    case 'partly-read':
      return (
        <Alert
          isInline
          isPlain
          variant="success"
          title={t('No known problem found in what you may read')}
        />
      );
    case 'unreadable':
      return (
        <Alert
          isInline
          variant="info"
          title={t('Health unknown: you may not read what MLflow runs')}
        >
          {t(
            'Reading the MLflow server’s Deployment, Pods, volume and events needs a cluster administrator’s access.',
          )}
        </Alert>
      );
    case 'pending':
      return null;
  }
};

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <StackItem>
    <Stack hasGutter>
      <Title headingLevel="h3" size="md">
        {title}
      </Title>
      {children}
    </Stack>
  </StackItem>
);

/** What to show for a part: a spinner, why it is missing, or its content. */
const PartState = <T,>({
  part,
  what,
  namespace,
  children,
}: {
  part: HealthPart<T>;
  what: string;
  namespace: string;
  children: () => ReactNode;
}) => {
  const { t } = useMlflowTranslation();
  if (part.error) return <PartError what={what} namespace={namespace} error={part.error} />;
  if (!part.loaded) return <Spinner size="md" aria-label={t('Loading {{what}}', { what })} />;
  return <>{children()}</>;
};

/**
 * Administration → MLflow → Health: what the operator runs and how it is doing, and for each known
 * failure its cause, the fix and the console page to open.
 */
const HealthCard = (props: HealthVerdictProps) => {
  const { t } = useMlflowTranslation();
  const { health, verdict } = useHealthVerdict(props);
  const { namespace, deployments, pods, operatorPods, pvcs, events } = health;
  return (
    <Card>
      <CardTitle>{t('Health')}</CardTitle>
      <CardBody>
        <Stack hasGutter>
          <StackItem>
            <section aria-label={t('Findings')}>
              <VerdictLine verdict={verdict} />
            </section>
          </StackItem>
          <Section title={t('Tracking server')}>
            <PartState part={deployments} what={t('Deployments')} namespace={namespace}>
              {() => (
                <TrackingServerSection
                  namespace={namespace}
                  deployment={deployments.items.at(0)}
                  pods={pods.items}
                />
              )}
            </PartState>
            <PartState part={pods} what={t('Pods')} namespace={namespace}>
              {() => (
                <PodTable
                  pods={pods.items}
                  ariaLabel={t('MLflow server Pods')}
                  emptyText={t('No MLflow server Pod runs.')}
                />
              )}
            </PartState>
          </Section>
          <Section title={t('Operator')}>
            <PartState part={operatorPods} what={t('Pods')} namespace={namespace}>
              {() => (
                <PodTable
                  pods={operatorPods.items}
                  ariaLabel={t('MLflow operator Pods')}
                  emptyText={t('No MLflow operator Pod runs in {{namespace}}.', { namespace })}
                />
              )}
            </PartState>
          </Section>
          {usesPvcStorage(props.mlflow) ? (
            <Section title={t('Volume of the default storage')}>
              <PartState part={pvcs} what={t('PersistentVolumeClaims')} namespace={namespace}>
                {() => <VolumeDescription namespace={namespace} pvc={pvcs.items.at(0)} />}
              </PartState>
            </Section>
          ) : null}
          {props.mlflow ? (
            <Section title={t('Database migration')}>
              <MigrationDescription migration={deriveMigrationState(props.mlflow)} />
            </Section>
          ) : null}
          <Section title={t('Recent warnings')}>
            <PartState part={events} what={t('Events')} namespace={namespace}>
              {() => (
                <WarningEvents
                  events={recentWarningEvents(events.items, [...pods.items, ...operatorPods.items])}
                />
              )}
            </PartState>
          </Section>
        </Stack>
      </CardBody>
    </Card>
  );
};

export default HealthCard;
