import {
  Alert,
  AlertActionCloseButton,
  Card,
  CardBody,
  CardTitle,
  Content,
  Flex,
  Stack,
  StackItem,
} from '@patternfly/react-core';
import { PencilAltIcon } from '@patternfly/react-icons';
import { useState } from 'react';
import { Link } from 'react-router';

import { GuardedButton } from '@/components/GuardedButton';
import type { MlflowInstanceWithSpec } from '@/core/instance/instance-types';
import { MLFLOW_YAML_EDITOR_PATH } from '@/core/storage/instance-storage';
import type { AdminAccess } from '@/hooks/useAdminAccess';
import { useDeniedReason } from '@/hooks/useDeniedReason';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { InstanceSettingsEditor } from './InstanceSettingsEditor';
import { InstanceSettingsSummary } from './InstanceSettingsSummary';

interface InstanceSettingsCardProps {
  mlflow: MlflowInstanceWithSpec;
  mlflowNamespace: string;
  access: AdminAccess;
}

type Mode = { kind: 'view' } | { kind: 'edit'; snapshot: MlflowInstanceWithSpec; attempt: number };

/** The MLflow instance beyond storage: what it is set to, and its editor. */
const InstanceSettingsCard = ({ mlflow, mlflowNamespace, access }: InstanceSettingsCardProps) => {
  const { t } = useMlflowTranslation();
  const editReason = useDeniedReason(access.patchMlflow);
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [saved, setSaved] = useState(false);
  return (
    <Card>
      <CardTitle>{t('Instance settings')}</CardTitle>
      <CardBody>
        <Stack hasGutter>
          {saved ? (
            <StackItem>
              <Alert
                isInline
                variant="success"
                title={t('Instance settings saved. The operator now rolls out MLflow with them.')}
                actionClose={
                  <AlertActionCloseButton
                    onClose={() => {
                      setSaved(false);
                    }}
                  />
                }
              />
            </StackItem>
          ) : null}
          {mode.kind === 'edit' ? (
            <StackItem>
              <InstanceSettingsEditor
                key={mode.attempt}
                snapshot={mode.snapshot}
                latest={mlflow}
                mlflowNamespace={mlflowNamespace}
                onSaved={() => {
                  setSaved(true);
                  setMode({ kind: 'view' });
                }}
                onCancel={() => {
                  setMode({ kind: 'view' });
                }}
                onReload={() => {
                  setMode({ kind: 'edit', snapshot: mlflow, attempt: mode.attempt + 1 });
                }}
              />
            </StackItem>
          ) : (
            <>
              <StackItem>
                <InstanceSettingsSummary spec={mlflow.spec} />
              </StackItem>
              <StackItem>
                <Content component="small">
                  {t(
                    'Other fields (image, environment, affinity, network policy, ...) are edited in the YAML view and kept by this form.',
                  )}
                </Content>
              </StackItem>
              <StackItem>
                <Flex alignItems={{ default: 'alignItemsCenter' }}>
                  <GuardedButton
                    variant="secondary"
                    icon={<PencilAltIcon />}
                    disabledReason={editReason}
                    onClick={() => {
                      setSaved(false);
                      setMode({ kind: 'edit', snapshot: mlflow, attempt: 0 });
                    }}
                  >
                    {t('Edit instance settings')}
                  </GuardedButton>
                  <Link to={MLFLOW_YAML_EDITOR_PATH}>{t('Edit YAML')}</Link>
                </Flex>
              </StackItem>
            </>
          )}
        </Stack>
      </CardBody>
    </Card>
  );
};

export default InstanceSettingsCard;
