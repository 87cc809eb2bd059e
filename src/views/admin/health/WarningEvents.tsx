import { ResourceLink, Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Content } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';

import { LongText } from '@/components/LongText';
import { eventTime } from '@/core/health/workload-summary';
import type { KubeEvent, ObjectReference } from '@/core/health/workload-types';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

/** The object an event is about, as a link to its console page (`v1` when the event omits it). */
const InvolvedObjectLink = ({ object }: { object?: ObjectReference }) => {
  if (!object?.kind || !object.name) return <>-</>;
  const [group, version] = object.apiVersion?.includes('/')
    ? object.apiVersion.split('/')
    : [undefined, object.apiVersion ?? 'v1'];
  return (
    <ResourceLink
      groupVersionKind={{ ...(group ? { group } : {}), version, kind: object.kind }}
      name={object.name}
      namespace={object.namespace}
      inline
    />
  );
};

/**
 * The recent Warning events of the card's objects, newest first. Not the SDK's
 * ResourceEventStream: that streams every event of one object, and these are the warnings of
 * several.
 */
export const WarningEvents = ({ events }: { events: readonly KubeEvent[] }) => {
  const { t } = useMlflowTranslation();
  if (events.length === 0) {
    return <Content component="p">{t('No recent warnings.')}</Content>;
  }
  return (
    <Table aria-label={t('Recent warning events')} variant="compact">
      <Thead>
        <Tr>
          <Th>{t('Last seen')}</Th>
          <Th>{t('Object')}</Th>
          <Th>{t('Reason')}</Th>
          <Th>{t('Message')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {events.map((event) => (
          <Tr key={event.metadata?.uid ?? event.metadata?.name}>
            <Td dataLabel={t('Last seen')}>
              <Timestamp timestamp={eventTime(event)} />
            </Td>
            <Td dataLabel={t('Object')}>
              <InvolvedObjectLink object={event.involvedObject} />
            </Td>
            <Td dataLabel={t('Reason')}>{event.reason}</Td>
            <Td dataLabel={t('Message')}>
              <LongText text={event.message ?? ''} maxChars={160} />
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
