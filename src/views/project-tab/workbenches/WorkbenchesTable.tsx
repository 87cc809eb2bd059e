import { Alert, Content, Label, Spinner, Stack, StackItem } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useState } from 'react';

import { ErrorAlert } from '@/components/ErrorAlert';
import { GuardedButton } from '@/components/GuardedButton';
import { K8sResourceLink } from '@/components/K8sResourceLink';
import { NotebookModel } from '@/core/k8s/models';
import { deriveWorkbenchMlflow, disconnectBlocker } from '@/core/workbenches/workbench-mlflow';
import type { Notebook } from '@/core/workbenches/workbench-mlflow';
import { useDeniedReason } from '@/hooks/useDeniedReason';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import {
  useWorkbenchConnectionWrite,
  useWorkbenches,
  useWorkbenchPatchAccess,
} from '@/hooks/useWorkbenches';

import { WorkbenchMlflowCell } from './WorkbenchMlflowCell';

/**
 * The project's workbenches and whether each logs to MLflow, with Connect and Disconnect for who
 * may patch notebooks. Disconnecting is offered only for a stopped workbench: the notebook
 * controller refuses it on a running one (its env would outlive its RoleBinding).
 */
const WorkbenchesTable = ({ namespace }: { namespace: string }) => {
  const { t } = useMlflowTranslation();
  const data = useWorkbenches(namespace);
  const access = useWorkbenchPatchAccess(namespace);
  const denied = useDeniedReason(access);
  const write = useWorkbenchConnectionWrite();
  const [connected, setConnected] = useState<string>();

  if (!data.loaded) return <Spinner size="sm" aria-label={t('Loading workbenches')} />;
  if (data.error) {
    return <ErrorAlert title={t('Could not list the workbenches')} error={data.error} />;
  }
  if (data.notebooks.length === 0) {
    return <Content component="small">{t('This project has no workbenches.')}</Content>;
  }
  const change = async (notebook: Notebook, connect: boolean) => {
    setConnected(undefined);
    const done = await write.setConnected(notebook, connect);
    if (done && connect) setConnected(notebook.metadata?.name);
  };
  return (
    <Stack hasGutter>
      {connected ? (
        <StackItem>
          <Alert
            isInline
            variant="info"
            title={t('Workbench {{name}} is connected to MLflow', { name: connected })}
          >
            {t(
              'Its MLflow settings (tracking URI, authentication) reach its environment when it next starts.',
            )}
          </Alert>
        </StackItem>
      ) : null}
      {write.error ? (
        <StackItem>
          <ErrorAlert
            title={
              write.error.kind === 'conflict'
                ? t('The workbench changed meanwhile; nothing was changed. Look again and retry.')
                : t('Could not change the workbench')
            }
            error={write.error}
          />
        </StackItem>
      ) : null}
      <StackItem>
        <Table aria-label={t('Workbenches')} variant="compact">
          <Thead>
            <Tr>
              <Th>{t('Workbench')}</Th>
              <Th>{t('Status')}</Th>
              <Th>{t('MLflow')}</Th>
              <Th screenReaderText={t('Actions')} />
            </Tr>
          </Thead>
          <Tbody>
            {data.notebooks.map((notebook) => {
              const state = deriveWorkbenchMlflow(notebook, data.bindingNames);
              const blocker = disconnectBlocker(notebook);
              return (
                <Tr key={state.name}>
                  <Td dataLabel={t('Workbench')}>
                    <K8sResourceLink
                      model={NotebookModel}
                      name={state.name}
                      namespace={namespace}
                    />
                  </Td>
                  <Td dataLabel={t('Status')}>
                    <Label isCompact color={state.running ? 'blue' : 'grey'}>
                      {state.running ? t('Running') : t('Stopped')}
                    </Label>
                  </Td>
                  <Td dataLabel={t('MLflow')}>
                    <WorkbenchMlflowCell state={state} />
                  </Td>
                  <Td isActionCell>
                    {state.annotated ? (
                      <GuardedButton
                        variant="secondary"
                        size="sm"
                        aria-label={t('Disconnect {{name}}', { name: state.name })}
                        isLoading={write.pending}
                        disabledReason={
                          denied ??
                          (blocker === 'running'
                            ? t(
                                'Stop the workbench first: the notebook controller lets MLflow be disconnected only from a stopped workbench.',
                              )
                            : undefined)
                        }
                        onClick={() => {
                          void change(notebook, false);
                        }}
                      >
                        {t('Disconnect')}
                      </GuardedButton>
                    ) : (
                      <GuardedButton
                        variant="secondary"
                        size="sm"
                        aria-label={t('Connect {{name}}', { name: state.name })}
                        isLoading={write.pending}
                        disabledReason={denied}
                        onClick={() => {
                          void change(notebook, true);
                        }}
                      >
                        {t('Connect')}
                      </GuardedButton>
                    )}
                  </Td>
                </Tr>
              );
            })}
          </Tbody>
        </Table>
      </StackItem>
    </Stack>
  );
};

export default WorkbenchesTable;
