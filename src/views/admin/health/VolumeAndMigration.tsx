import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
} from '@patternfly/react-core';

import { LongText } from '@/components/LongText';
import { MLFLOW_PVC_NAME } from '@/core/health/operator-names';
import { summarizePvc } from '@/core/health/workload-summary';
import type { MigrationState } from '@/core/health/workload-summary';
import type { PersistentVolumeClaim } from '@/core/health/workload-types';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

const PVC_GVK = { version: 'v1', kind: 'PersistentVolumeClaim' };

/** The claim of the default SQLite storage: bound or waiting, and how large. */
export const VolumeDescription = ({
  namespace,
  pvc,
}: {
  namespace: string;
  pvc: PersistentVolumeClaim | undefined;
}) => {
  const { t } = useMlflowTranslation();
  if (!pvc) {
    return (
      <>
        {t('There is no PersistentVolumeClaim {{name}} in {{namespace}} yet.', {
          name: MLFLOW_PVC_NAME,
          namespace,
        })}
      </>
    );
  }
  const summary = summarizePvc(pvc);
  return (
    <DescriptionList isCompact isHorizontal horizontalTermWidthModifier={{ default: '20ch' }}>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Claim')}</DescriptionListTerm>
        <DescriptionListDescription>
          <ResourceLink groupVersionKind={PVC_GVK} name={summary.name} namespace={namespace} />
        </DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Status')}</DescriptionListTerm>
        <DescriptionListDescription>
          {summary.bound
            ? t('Bound')
            : t('{{phase}}: not bound to a volume', { phase: summary.phase })}
        </DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('Capacity')}</DescriptionListTerm>
        <DescriptionListDescription>
          {summary.capacity ??
            (summary.requested
              ? t('{{requested}} requested', { requested: summary.requested })
              : t('Not reported'))}
        </DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t('StorageClass')}</DescriptionListTerm>
        <DescriptionListDescription>
          {summary.storageClassName ?? t('None (the cluster default)')}
        </DescriptionListDescription>
      </DescriptionListGroup>
    </DescriptionList>
  );
};

/** What the operator's Migration condition says about the database schema. */
export const MigrationDescription = ({ migration }: { migration: MigrationState }) => {
  const { t } = useMlflowTranslation();
  if (migration.kind === 'not-reported') return <>{t('Not reported by the operator')}</>;
  const label = {
    succeeded: t('Succeeded'),
    failed: t('Failed'),
    'in-progress': t('In progress'),
  }[migration.kind];
  const message = migration.condition.message;
  return (
    <>
      {label}
      {message ? (
        <>
          {' — '}
          <LongText text={message} maxChars={160} />
        </>
      ) : null}
    </>
  );
};
