import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Content } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';

import { summarizePod } from '@/core/health/workload-summary';
import type { PodSummary } from '@/core/health/workload-summary';
import type { Pod } from '@/core/health/workload-types';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

const POD_GVK = { version: 'v1', kind: 'Pod' };

const lastTerminationText = (pod: PodSummary): string | undefined => {
  const termination = pod.lastTermination;
  if (!termination) return undefined;
  const code = termination.exitCode === undefined ? '' : ` (${String(termination.exitCode)})`;
  return `${termination.reason ?? ''}${code}`.trim();
};

interface PodTableProps {
  pods: readonly Pod[];
  ariaLabel: string;
  /** Said when there is no Pod. */
  emptyText: string;
}

/** Pods with their phase, readiness, restarts and how their last run ended. */
export const PodTable = ({ pods, ariaLabel, emptyText }: PodTableProps) => {
  const { t } = useMlflowTranslation();
  // The five Pod phases are words the page shows in the user's language; a waiting reason
  // (CrashLoopBackOff, ImagePullBackOff) is a Kubernetes code and is shown as the cluster says it.
  const phaseText = (phase: string): string => {
    switch (phase) {
      case 'Pending':
        return t('Pending');
      case 'Running':
        return t('Running');
      case 'Succeeded':
        return t('Succeeded');
      case 'Failed':
        return t('Failed');
      case 'Unknown':
        return t('Unknown');
      default:
        return phase;
    }
  };
  if (pods.length === 0) return <Content component="p">{emptyText}</Content>;
  return (
    <Table aria-label={ariaLabel} variant="compact">
      <Thead>
        <Tr>
          <Th>{t('Pod')}</Th>
          <Th>{t('Status')}</Th>
          <Th>{t('Ready')}</Th>
          <Th>{t('Restarts')}</Th>
          <Th>{t('Last termination')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {pods.map(summarizePod).map((pod) => (
          <Tr key={pod.name}>
            <Td dataLabel={t('Pod')}>
              <ResourceLink groupVersionKind={POD_GVK} name={pod.name} namespace={pod.namespace} />
            </Td>
            <Td dataLabel={t('Status')}>{pod.waitingReason ?? phaseText(pod.phase)}</Td>
            <Td dataLabel={t('Ready')}>
              {t('{{ready}} of {{total}}', { ready: pod.readyContainers, total: pod.containers })}
            </Td>
            <Td dataLabel={t('Restarts')}>{pod.restarts}</Td>
            <Td dataLabel={t('Last termination')}>{lastTerminationText(pod) ?? t('None')}</Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
