import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { ExpandableSection } from '@patternfly/react-core';
import { useState } from 'react';

import { ColumnsTable } from '@/components/ColumnsTable';
import type { ColumnDefinition } from '@/components/ColumnsTable';
import { LongText, LongTextButton } from '@/components/LongText';
import { MAX_TRACES_PAGE } from '@/core/mlflow';
import { isoTime } from '@/core/mlflow/search-filter';
import { experimentViewPlace } from '@/core/place/tab-place';
import { ANY_SESSION_FILTER, groupSessions } from '@/core/traces/sessions';
import type { TraceSession } from '@/core/traces/sessions';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';

import { useTraceSearch } from '../useTraces';

interface SessionsListProps {
  namespace: string;
  experimentId: string;
}

const time = (ms: number | undefined) =>
  ms === undefined ? '-' : <Timestamp timestamp={isoTime(ms)} />;

/**
 * The experiment's conversations (its latest traces that carry session metadata, grouped), above
 * its traces; nothing at all for an experiment without any. A session opens as the conversation.
 */
export const SessionsList = ({ namespace, experimentId }: SessionsListProps) => {
  const { t } = useMlflowTranslation();
  const { place, go } = useTabPlace();
  const [expanded, setExpanded] = useState(true);
  const query = useTraceSearch(namespace, {
    experimentIds: [experimentId],
    filter: ANY_SESSION_FILTER,
    orderBy: ['timestamp_ms DESC'],
    maxResults: MAX_TRACES_PAGE,
  });
  const sessions = groupSessions(query.data?.items ?? []);
  // The traces table below says what went wrong with MLflow; sessions are an extra.
  if (sessions.length === 0) return null;
  const columns: ColumnDefinition<TraceSession>[] = [
    {
      id: 'session',
      title: t('Session'),
      cell: (session) => (
        <LongTextButton
          text={session.sessionId}
          onClick={() => {
            go({
              ...experimentViewPlace(place, experimentId, 'traces'),
              sessionId: session.sessionId,
            });
          }}
        />
      ),
    },
    {
      id: 'turns',
      title: t('Turns'),
      modifier: 'fitContent',
      cell: (session) => String(session.turns.length),
    },
    { id: 'first', title: t('First turn'), cell: (session) => time(session.firstTime) },
    { id: 'last', title: t('Last turn'), cell: (session) => time(session.lastTime) },
    {
      id: 'user',
      title: t('User'),
      cell: (session) =>
        session.users.length === 0 ? '-' : <LongText text={session.users.join(', ')} />,
    },
  ];
  return (
    <ExpandableSection
      toggleText={`${t('Sessions')} (${String(sessions.length)})`}
      isExpanded={expanded}
      onToggle={(_event, isExpanded) => {
        setExpanded(isExpanded);
      }}
    >
      <ColumnsTable
        ariaLabel={t('Sessions')}
        columns={columns}
        rows={sessions}
        rowKey={(session) => session.sessionId}
      />
    </ExpandableSection>
  );
};
