import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Button,
  Card,
  CardBody,
  CardHeader,
  CardTitle,
  Content,
  Spinner,
  Stack,
  StackItem,
} from '@patternfly/react-core';

import { LongText } from '@/components/LongText';
import { MAX_TRACES_PAGE } from '@/core/mlflow';
import { isoTime } from '@/core/mlflow/search-filter';
import { tracePlace } from '@/core/place/tab-place';
import { groupSessions, sessionFilter } from '@/core/traces/sessions';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { DetailsHeader } from '@/views/project-tab/common/DetailsHeader';
import type { Crumb } from '@/views/project-tab/common/DetailsHeader';

import '../traces.css';
import { useTraceSearch } from '../useTraces';

interface SessionConversationProps {
  namespace: string;
  experimentId: string;
  sessionId: string;
  crumbs: readonly Crumb[];
}

/** Characters of a turn's request or response shown before "more". */
const TURN_PREVIEW_CHARS = 600;

/** One session as the conversation: each turn's request and response in order, linked to its trace. */
export const SessionConversation = ({
  namespace,
  experimentId,
  sessionId,
  crumbs,
}: SessionConversationProps) => {
  const { t } = useMlflowTranslation();
  const { place, go } = useTabPlace();
  const filter = sessionFilter(sessionId);
  const query = useTraceSearch(
    namespace,
    filter === undefined
      ? undefined
      : {
          experimentIds: [experimentId],
          filter,
          orderBy: ['timestamp_ms ASC'],
          maxResults: MAX_TRACES_PAGE,
        },
  );
  const session = groupSessions(query.data?.items ?? []).at(0);

  const body = () => {
    if (filter === undefined) {
      return (
        <Alert
          isInline
          variant="warning"
          title={t('A session ID with both \' and " cannot be searched for in MLflow')}
        />
      );
    }
    if (query.loading) return <Spinner aria-label={t('Loading the session')} />;
    if (!session) {
      return (
        <Alert
          isInline
          variant="info"
          title={t('No trace of this experiment belongs to session {{sessionId}}', { sessionId })}
        />
      );
    }
    return (
      <Stack hasGutter component="ol" aria-label={t('Turns')}>
        {session.turns.map((turn, index) => (
          <StackItem key={turn.traceId} component="li">
            <Card isCompact>
              <CardHeader
                actions={{
                  actions: (
                    <Button
                      variant="link"
                      isInline
                      onClick={() => {
                        go(tracePlace(place, turn.traceId));
                      }}
                    >
                      {t('Open turn {{number}} trace', { number: index + 1 })}
                    </Button>
                  ),
                }}
              >
                <CardTitle component="h3">
                  {t('Turn {{number}}', { number: index + 1 })}{' '}
                  {turn.requestTime === undefined ? null : (
                    <Timestamp timestamp={isoTime(turn.requestTime)} />
                  )}
                </CardTitle>
              </CardHeader>
              <CardBody>
                <Content component="dl">
                  <Content component="dt">{t('Request')}</Content>
                  <Content component="dd" className="mlflow-plugin__turn-text">
                    <LongText text={turn.requestPreview ?? '-'} maxChars={TURN_PREVIEW_CHARS} />
                  </Content>
                  <Content component="dt">{t('Response')}</Content>
                  <Content component="dd" className="mlflow-plugin__turn-text">
                    <LongText text={turn.responsePreview ?? '-'} maxChars={TURN_PREVIEW_CHARS} />
                  </Content>
                </Content>
              </CardBody>
            </Card>
          </StackItem>
        ))}
      </Stack>
    );
  };

  return (
    <DetailsHeader
      crumbs={crumbs}
      title={t('Session {{sessionId}}', { sessionId })}
      mlflowUrl={undefined}
      mlflowLabel={t('Open session in MLflow')}
      query={query}
      notShown={{
        what: t('the session'),
        notFoundTitle: t('No trace of this experiment belongs to session {{sessionId}}', {
          sessionId,
        }),
      }}
    >
      <StackItem>{body()}</StackItem>
    </DetailsHeader>
  );
};
