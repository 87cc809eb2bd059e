import {
  Button,
  Content,
  List,
  ListItem,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
} from '@patternfly/react-core';

import { ErrorAlert } from '../../components/ErrorAlert';
import { pluginDomProps } from '../../components/pluginDom';
import {
  aggregatedAccessLevel,
  planRevoke,
  sameSubject,
  subjectLabel,
} from '../../core/mlflow-access';
import type { RoleBinding, Subject } from '../../core/types';
import { applyRevokePlan } from '../../hooks/useMlflowAccess';
import { useMlflowTranslation } from '../../hooks/useMlflowTranslation';
import { useResourceWrite } from '../../hooks/useResourceWrite';

export interface RevokeAccessModalProps {
  namespace: string;
  subject: Subject;
  /** The namespace's RoleBindings as last seen (their resourceVersions guard the writes). */
  bindings: readonly RoleBinding[];
  closeOverlay: () => void;
  onRevoked?: () => void;
}

/**
 * Confirms taking MLflow integration access away, naming who loses it and which bindings are
 * deleted or changed, then does it. Launched from the Access section and from a ServiceAccount's
 * action menu (useOverlay).
 */
export const RevokeAccessModal = ({
  namespace,
  subject,
  bindings,
  closeOverlay,
  onRevoked,
}: RevokeAccessModalProps) => {
  const { t } = useMlflowTranslation();
  const steps = planRevoke(bindings, subject);
  const who = subjectLabel(subject);
  // The same subject may also hold a project role that carries MLflow access by aggregation.
  const stillThrough = bindings
    .filter(
      (binding) =>
        aggregatedAccessLevel(binding) &&
        (binding.subjects ?? []).some((candidate) =>
          sameSubject(candidate, subject, binding.metadata?.namespace),
        ),
    )
    .map((binding) => binding.roleRef.name);

  const revoke = useResourceWrite();
  const confirm = async () => {
    const outcome = await revoke.run(() => applyRevokePlan(steps));
    if (outcome.status !== 'done') return;
    onRevoked?.();
    closeOverlay();
  };

  return (
    <Modal
      {...pluginDomProps}
      isOpen
      variant="small"
      onClose={closeOverlay}
      aria-labelledby="mlflow-revoke-title"
    >
      <ModalHeader
        title={t('Revoke MLflow access?')}
        titleIconVariant="warning"
        labelId="mlflow-revoke-title"
      />
      <ModalBody>
        <Content component="p">
          {t(
            '{{who}} loses MLflow access in {{project}}: code running as it can no longer read or log experiments, runs, datasets and registered models there.',
            { who, project: namespace },
          )}
        </Content>
        {steps.length === 0 ? (
          <Content component="p">{t('No MLflow integration binding names it any more.')}</Content>
        ) : (
          <List>
            {steps.map((step) => (
              <ListItem key={step.binding.metadata?.name}>
                {step.kind === 'delete'
                  ? t('RoleBinding {{name}} is deleted (it has no other subject).', {
                      name: step.binding.metadata?.name,
                    })
                  : t(
                      '{{who}} is removed from RoleBinding {{name}}; its other subjects keep access.',
                      {
                        who,
                        name: step.binding.metadata?.name,
                      },
                    )}
              </ListItem>
            ))}
          </List>
        )}
        {stillThrough.length > 0 ? (
          <Content component="p">
            {t('It keeps MLflow access through its project role bindings: {{roles}}.', {
              roles: stillThrough.join(', '),
              count: stillThrough.length,
              defaultValue_one:
                'It keeps MLflow access through its project role binding: {{roles}}.',
            })}
          </Content>
        ) : null}
        <Content component="small">
          {t(
            'MLflow caches access decisions for a few minutes, so running clients may keep access briefly.',
          )}
        </Content>
        {revoke.error ? (
          <ErrorAlert
            title={
              revoke.error.kind === 'conflict'
                ? t('The binding changed since it was shown; close this and try again.')
                : t('Could not revoke MLflow access')
            }
            error={revoke.error}
          />
        ) : null}
      </ModalBody>
      <ModalFooter>
        <Button
          variant="danger"
          onClick={() => {
            void confirm();
          }}
          isLoading={revoke.pending}
          isDisabled={revoke.pending || steps.length === 0}
        >
          {t('Revoke access')}
        </Button>
        <Button variant="link" onClick={closeOverlay}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};
