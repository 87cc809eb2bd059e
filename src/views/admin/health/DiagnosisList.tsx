import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Content, Flex, FlexItem, Stack, StackItem } from '@patternfly/react-core';
import { Link } from 'react-router';

import { LongText } from '@/components/LongText';
import { podLogsPath } from '@/core/health/console-paths';
import type { Diagnosis } from '@/core/health/diagnoses';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { useDiagnosisText } from './useDiagnosisText';

/** A cluster's message can be a whole traceback line; the tooltip has the rest. */
const EVIDENCE_MAX_CHARS = 240;

const DiagnosisAlert = ({ diagnosis }: { diagnosis: Diagnosis }) => {
  const { t } = useMlflowTranslation();
  const { cause, fix } = useDiagnosisText()(diagnosis.id);
  const { subject } = diagnosis;
  return (
    <Alert
      isInline
      variant="danger"
      title={cause}
      data-testid={`diagnosis-${diagnosis.id}`}
      actionLinks={
        <Flex>
          <FlexItem>
            <ResourceLink
              groupVersionKind={{
                group: subject.group,
                version: subject.version,
                kind: subject.kind,
              }}
              name={subject.name}
              namespace={subject.namespace}
            />
          </FlexItem>
          {diagnosis.showLogs && subject.namespace ? (
            <FlexItem>
              <Link to={podLogsPath(subject.namespace, subject.name)}>
                {t('Logs of {{name}}', { name: subject.name })}
              </Link>
            </FlexItem>
          ) : null}
        </Flex>
      }
    >
      <Content component="p">{fix}</Content>
      {diagnosis.evidence ? (
        <Content component="p">
          {t('The cluster says:')}{' '}
          <code>
            <LongText text={diagnosis.evidence} maxChars={EVIDENCE_MAX_CHARS} />
          </code>
        </Content>
      ) : null}
    </Alert>
  );
};

/** Every known failure found, each with its cause, its fix and the console page to open. */
export const DiagnosisList = ({ diagnoses }: { diagnoses: readonly Diagnosis[] }) => (
  <Stack hasGutter>
    {diagnoses.map((diagnosis) => (
      <StackItem
        key={`${diagnosis.id}/${diagnosis.subject.namespace ?? ''}/${diagnosis.subject.name}`}
      >
        <DiagnosisAlert diagnosis={diagnosis} />
      </StackItem>
    ))}
  </Stack>
);
