import {
  Alert,
  Button,
  Checkbox,
  Form,
  FormGroup,
  FormSection,
  FormSelect,
  FormSelectOption,
  Radio,
  TextInput,
} from '@patternfly/react-core';

import type { MlflowStorageSpec } from '../../../core/admin-types';
import { describeError } from '../../../core/errors';
import {
  ACCESS_MODES,
  backendStoreChanged,
  S3_CREDENTIAL_KEYS,
  storageClassChanged,
  switchStorageMode,
  volumeRemoved,
} from '../../../core/mlflow-storage';
import type { StorageSettings } from '../../../core/mlflow-storage';
import type { StorageField, StorageIssue } from '../../../core/mlflow-validation';
import type { ServerIssue } from '../../../core/server-validation';
import { findDefaultStorageClass, isDefaultStorageClass } from '../../../core/storage-classes';
import type { StorageClass } from '../../../core/types';
import {
  BACKEND_URI_SECRET_KEY,
  DEFAULT_BACKEND_URI_SECRET_NAME,
  DEFAULT_REGISTRY_URI_SECRET_NAME,
  REGISTRY_URI_SECRET_KEY,
} from '../../../core/uri-credentials';
import type { TypedUriField } from '../../../core/uri-credentials';
import { useMlflowTranslation } from '../../../hooks/useMlflowTranslation';
import { useSecretKeyNames } from '../../../hooks/useSecretMetadata';
import type { SecretNames } from '../../../hooks/useSecretMetadata';
import type { WatchedList } from '../../../hooks/useWatchedList';
import { FieldMessages } from './FieldMessages';
import { SecretSelect } from './SecretSelect';
import { StoreUriField } from './StoreUriField';
import { useStorageIssueText } from './useStorageIssueText';

export interface StorageSettingsFormProps {
  settings: StorageSettings;
  onChange: (settings: StorageSettings) => void;
  /** The spec being edited (undefined when creating) and the spec the settings produce. */
  originalSpec: MlflowStorageSpec | undefined;
  nextSpec: MlflowStorageSpec;
  /** Client-side problems to show (empty until the user first asks to review). */
  issues: readonly StorageIssue[];
  /** What the apiserver refused on the last attempt. */
  serverIssues: readonly ServerIssue[];
  /** Typed URIs holding a password neither moved into a Secret nor consented to (once shown). */
  passwordFields: readonly TypedUriField[];
  storageClasses: WatchedList<StorageClass>;
  storageClassesReason?: string;
  secrets: SecretNames;
  secretsReason?: string;
  createSecretReason?: string;
  mlflowNamespace: string;
}

/** The fields each mode shows; problems on other fields are listed above the buttons. */
const FIELDS_BY_MODE: Record<StorageSettings['mode'], readonly StorageField[]> = {
  local: ['storage.size', 'registryStoreUri', 'registryStoreUriFrom'],
  external: [
    'backendStoreUri',
    'backendStoreUriFrom',
    'serveArtifacts',
    'artifactsDestination',
    'defaultArtifactRoot',
    'registryStoreUri',
    'registryStoreUriFrom',
  ],
};

/**
 * The MLflow instance's storage: SQLite on a volume, or an external database with S3 artifacts.
 * It edits settings only; the spec they produce is validated and reviewed by the caller.
 */
export const StorageSettingsForm = ({
  settings,
  onChange,
  originalSpec,
  nextSpec,
  issues,
  serverIssues,
  passwordFields,
  storageClasses,
  storageClassesReason,
  secrets,
  secretsReason,
  createSecretReason,
  mlflowNamespace,
}: StorageSettingsFormProps) => {
  const { t } = useMlflowTranslation();
  const issueText = useStorageIssueText();
  const set = (patch: Partial<StorageSettings>) => {
    onChange({ ...settings, ...patch });
  };

  /** Consent covers the URI as typed when it was given; editing the URI withdraws it. */
  const consentTo = (field: TypedUriField) => ({
    clearTextConsent: settings.clearTextConsent[field] === settings[field].trim(),
    onClearTextConsent: (consent: boolean) => {
      set({
        clearTextConsent: {
          ...settings.clearTextConsent,
          [field]: consent ? settings[field].trim() : undefined,
        },
      });
    },
  });

  const errorsFor = (field: StorageField): string[] => [
    ...(passwordFields.some((passwordField) => passwordField === field)
      ? [
          t(
            'This URI contains a password: move it into a Secret, or agree to store it in clear text.',
          ),
        ]
      : []),
    ...issues.filter((issue) => issue.field === field).map(issueText),
    ...serverIssues
      .filter((issue) => issue.field === field)
      .map((issue) => t('Refused by the cluster: {{message}}', { message: issue.message })),
  ];
  const shownFields = FIELDS_BY_MODE[settings.mode];
  const generalErrors = [
    ...issues.filter((issue) => !shownFields.includes(issue.field)).map(issueText),
    ...serverIssues
      .filter((issue) => !issue.field || !shownFields.includes(issue.field))
      .map((issue) => t('Refused by the cluster: {{message}}', { message: issue.message })),
  ];

  const defaultClass = findDefaultStorageClass(storageClasses.items);
  const storageClassesError = storageClasses.error
    ? t('StorageClasses could not be listed: {{message}}', {
        message: describeError(storageClasses.error).message,
      })
    : undefined;
  const typedStorageClass = storageClassesReason ?? storageClassesError;
  const classNames = storageClasses.items.map((sc) => sc.metadata?.name ?? '').filter(Boolean);
  if (settings.storageClassName && !classNames.includes(settings.storageClassName)) {
    classNames.push(settings.storageClassName);
  }

  // Only a Secret picked from the list is read (for its key names); a typed name is not.
  const picked = (name: string) => (secrets.names.includes(name) ? name : '');
  const external = settings.mode === 'external';
  const credentialsSecret = useSecretKeyNames(
    mlflowNamespace,
    external ? picked(settings.credentialsSecret) : '',
  );
  const backendSecret = useSecretKeyNames(
    mlflowNamespace,
    external && settings.backendSource === 'secret' ? picked(settings.backendSecretName) : '',
  );
  const keysUnreadable = (name: string, error: unknown) =>
    error
      ? [
          t('The keys of Secret {{name}} could not be read: {{message}}', {
            name,
            message: describeError(error).message,
          }),
        ]
      : [];
  const credentialsRead = credentialsSecret.loaded && !credentialsSecret.error;
  const missingCredentialKeys = credentialsRead
    ? S3_CREDENTIAL_KEYS.filter((key) => !credentialsSecret.keys.includes(key))
    : [];
  const backendSecretKeys = backendSecret.keys;

  return (
    <Form
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <FormGroup
        role="radiogroup"
        isInline={false}
        fieldId="mlflow-plugin-storage-mode"
        label={t('Where MLflow keeps its data')}
        isStack
      >
        <Radio
          id="mlflow-plugin-storage-mode-local"
          name="mlflow-plugin-storage-mode"
          label={t('Local: SQLite on a volume')}
          description={t(
            'Metadata in SQLite and artifacts in files, both on a PersistentVolumeClaim of the MLflow instance. Simple; suited to one replica.',
          )}
          isChecked={settings.mode === 'local'}
          onChange={() => {
            onChange(switchStorageMode(settings, 'local'));
          }}
        />
        <Radio
          id="mlflow-plugin-storage-mode-external"
          name="mlflow-plugin-storage-mode"
          label={t('External: PostgreSQL or MySQL, and S3')}
          description={t(
            'Metadata in your database, artifacts in an S3 bucket. For production and several replicas.',
          )}
          isChecked={settings.mode === 'external'}
          onChange={() => {
            onChange(switchStorageMode(settings, 'external'));
          }}
        />
      </FormGroup>

      {originalSpec && backendStoreChanged(originalSpec, nextSpec) ? (
        <Alert isInline variant="warning" title={t('MLflow does not migrate existing data')}>
          {t(
            'You are pointing MLflow at a different backend store. Experiments, runs and models in the current store are not copied; they stay behind and will not appear in MLflow.',
          )}
        </Alert>
      ) : null}

      {settings.mode === 'local' ? (
        <FormSection title={t('Volume')}>
          <p>
            {t(
              'SQLite at {{uri}} and artifacts at {{artifacts}}, on this volume, served by MLflow.',
              {
                uri: settings.localBackendUri,
                artifacts: settings.localArtifactsDestination,
              },
            )}
          </p>
          <FormGroup label={t('Size')} fieldId="mlflow-plugin-storage-size" isRequired>
            <TextInput
              id="mlflow-plugin-storage-size"
              value={settings.size}
              onChange={(_event, size) => {
                set({ size });
              }}
              validated={errorsFor('storage.size').length > 0 ? 'error' : 'default'}
              isRequired
            />
            <FieldMessages
              errors={errorsFor('storage.size')}
              hint={t('A Kubernetes quantity, for example 10Gi.')}
            />
          </FormGroup>
          <FormGroup label={t('StorageClass')} fieldId="mlflow-plugin-storage-class">
            {typedStorageClass ? (
              <TextInput
                id="mlflow-plugin-storage-class"
                value={settings.storageClassName}
                placeholder={t('Empty for the cluster default')}
                onChange={(_event, storageClassName) => {
                  set({ storageClassName });
                }}
              />
            ) : (
              <FormSelect
                id="mlflow-plugin-storage-class"
                value={settings.storageClassName}
                isDisabled={!storageClasses.loaded}
                onChange={(_event, storageClassName) => {
                  set({ storageClassName });
                }}
                aria-label={t('StorageClass')}
              >
                <FormSelectOption
                  value=""
                  label={
                    defaultClass
                      ? t('Cluster default ({{name}})', { name: defaultClass.metadata?.name ?? '' })
                      : t('Cluster default')
                  }
                />
                {classNames.map((name) => {
                  const storageClass = storageClasses.items.find(
                    (sc) => sc.metadata?.name === name,
                  );
                  return (
                    <FormSelectOption
                      key={name}
                      value={name}
                      label={
                        storageClass && isDefaultStorageClass(storageClass)
                          ? t('{{name}} (default)', { name })
                          : name
                      }
                    />
                  );
                })}
              </FormSelect>
            )}
            <FieldMessages
              errors={[]}
              warnings={[
                ...(typedStorageClass ? [typedStorageClass] : []),
                ...(storageClassChanged(originalSpec, nextSpec)
                  ? [
                      t(
                        'A PersistentVolumeClaim cannot change its StorageClass: the volume would have to be recreated, and its data does not move with it.',
                      ),
                    ]
                  : []),
              ]}
            />
          </FormGroup>
          <FormGroup label={t('Access mode')} fieldId="mlflow-plugin-access-mode">
            <FormSelect
              id="mlflow-plugin-access-mode"
              value={settings.accessMode}
              onChange={(_event, accessMode) => {
                set({ accessMode });
              }}
              aria-label={t('Access mode')}
            >
              {ACCESS_MODES.map((mode) => (
                <FormSelectOption key={mode} value={mode} label={mode} />
              ))}
            </FormSelect>
          </FormGroup>
        </FormSection>
      ) : (
        <>
          <FormSection title={t('Backend store (metadata)')}>
            <FormGroup
              role="radiogroup"
              fieldId="mlflow-plugin-backend-source"
              label={t('Where the database URI comes from')}
              isStack
            >
              <Radio
                id="mlflow-plugin-backend-source-secret"
                name="mlflow-plugin-backend-source"
                label={t('From a Secret (recommended)')}
                description={t('Keeps the credentials out of the MLflow resource.')}
                isChecked={settings.backendSource === 'secret'}
                onChange={() => {
                  set({ backendSource: 'secret' });
                }}
              />
              <Radio
                id="mlflow-plugin-backend-source-uri"
                name="mlflow-plugin-backend-source"
                label={t('Typed URI')}
                isChecked={settings.backendSource === 'uri'}
                onChange={() => {
                  set({ backendSource: 'uri' });
                }}
              />
            </FormGroup>
            {settings.backendSource === 'secret' ? (
              <>
                <SecretSelect
                  id="mlflow-plugin-backend-secret"
                  label={t('Secret in {{mlflowNamespace}}', { mlflowNamespace })}
                  value={settings.backendSecretName}
                  onChange={(backendSecretName) => {
                    set({ backendSecretName });
                  }}
                  secrets={secrets}
                  unavailableReason={secretsReason}
                  isRequired
                  errors={errorsFor('backendStoreUriFrom')}
                />
                <FormGroup label={t('Key')} fieldId="mlflow-plugin-backend-secret-key" isRequired>
                  {backendSecretKeys.length > 0 ? (
                    <FormSelect
                      id="mlflow-plugin-backend-secret-key"
                      value={settings.backendSecretKey}
                      onChange={(_event, backendSecretKey) => {
                        set({ backendSecretKey });
                      }}
                      aria-label={t('Key')}
                    >
                      {backendSecretKeys.includes(settings.backendSecretKey) ? null : (
                        <FormSelectOption
                          value={settings.backendSecretKey}
                          label={settings.backendSecretKey || t('Select a key')}
                        />
                      )}
                      {backendSecretKeys.map((key) => (
                        <FormSelectOption key={key} value={key} label={key} />
                      ))}
                    </FormSelect>
                  ) : (
                    <TextInput
                      id="mlflow-plugin-backend-secret-key"
                      value={settings.backendSecretKey}
                      onChange={(_event, backendSecretKey) => {
                        set({ backendSecretKey });
                      }}
                      isRequired
                    />
                  )}
                  <FieldMessages
                    errors={[]}
                    warnings={
                      backendSecret.loaded &&
                      !backendSecret.error &&
                      !backendSecretKeys.includes(settings.backendSecretKey)
                        ? [
                            t('Secret {{name}} has no key {{secretKey}}.', {
                              name: settings.backendSecretName,
                              secretKey: settings.backendSecretKey,
                            }),
                          ]
                        : keysUnreadable(settings.backendSecretName, backendSecret.error)
                    }
                    hint={t('The key whose value is the database URI.')}
                  />
                </FormGroup>
              </>
            ) : (
              <StoreUriField
                id="mlflow-plugin-backend-uri"
                label={t('Database URI')}
                placeholder="postgresql://mlflow@postgres.example.com:5432/mlflow"
                hint={t(
                  'postgresql://, mysql:// or a SQLAlchemy form such as postgresql+psycopg2://.',
                )}
                isRequired
                value={settings.backendStoreUri}
                onChange={(backendStoreUri) => {
                  set({ backendStoreUri });
                }}
                errors={errorsFor('backendStoreUri')}
                namespace={mlflowNamespace}
                createSecretReason={createSecretReason}
                secretKey={BACKEND_URI_SECRET_KEY}
                defaultSecretName={DEFAULT_BACKEND_URI_SECRET_NAME}
                {...consentTo('backendStoreUri')}
                onMovedToSecret={(backendSecretName, backendSecretKey) => {
                  secrets.reload();
                  set({
                    backendSource: 'secret',
                    backendSecretName,
                    backendSecretKey,
                    backendStoreUri: '',
                  });
                }}
              />
            )}
          </FormSection>
          <FormSection title={t('Artifacts')}>
            <FormGroup fieldId="mlflow-plugin-serve-artifacts">
              <Checkbox
                id="mlflow-plugin-serve-artifacts"
                label={t('Serve artifacts through MLflow')}
                description={t(
                  'Clients upload and download artifacts through MLflow and need no S3 credentials of their own.',
                )}
                isChecked={settings.serveArtifacts}
                onChange={(_event, serveArtifacts) => {
                  set({ serveArtifacts });
                }}
              />
              <FieldMessages errors={errorsFor('serveArtifacts')} />
            </FormGroup>
            {settings.serveArtifacts ? (
              <FormGroup
                label={t('Artifact destination')}
                fieldId="mlflow-plugin-artifacts-destination"
              >
                <TextInput
                  id="mlflow-plugin-artifacts-destination"
                  value={settings.artifactsDestination}
                  placeholder="s3://bucket/path"
                  onChange={(_event, artifactsDestination) => {
                    set({ artifactsDestination });
                  }}
                  validated={errorsFor('artifactsDestination').length > 0 ? 'error' : 'default'}
                />
                <FieldMessages
                  errors={errorsFor('artifactsDestination')}
                  hint={t('Where MLflow stores artifacts, for example s3://bucket/path.')}
                />
              </FormGroup>
            ) : null}
            <FormGroup
              label={t('Default artifact root')}
              fieldId="mlflow-plugin-default-artifact-root"
              isRequired={!settings.serveArtifacts}
            >
              <TextInput
                id="mlflow-plugin-default-artifact-root"
                value={settings.defaultArtifactRoot}
                placeholder="s3://bucket/path"
                onChange={(_event, defaultArtifactRoot) => {
                  set({ defaultArtifactRoot });
                }}
                validated={errorsFor('defaultArtifactRoot').length > 0 ? 'error' : 'default'}
              />
              <FieldMessages
                errors={errorsFor('defaultArtifactRoot')}
                hint={
                  settings.serveArtifacts
                    ? t(
                        'Optional: where new experiments keep artifacts that clients write directly.',
                      )
                    : t(
                        'Required when MLflow does not serve artifacts: clients write here directly.',
                      )
                }
              />
            </FormGroup>
            <SecretSelect
              id="mlflow-plugin-credentials-secret"
              label={t('S3 credentials Secret')}
              value={settings.credentialsSecret}
              onChange={(credentialsSecret) => {
                set({ credentialsSecret });
              }}
              secrets={secrets}
              unavailableReason={secretsReason}
              errors={[]}
              warnings={
                missingCredentialKeys.length > 0
                  ? [t('Missing keys: {{keys}}', { keys: missingCredentialKeys.join(', ') })]
                  : keysUnreadable(settings.credentialsSecret, credentialsSecret.error)
              }
              hint={t('Passed to MLflow with envFrom. Expected keys: {{keys}}.', {
                keys: S3_CREDENTIAL_KEYS.join(', '),
              })}
            />
          </FormSection>
          {originalSpec?.storage ? (
            <FormGroup fieldId="mlflow-plugin-keep-volume">
              <Checkbox
                id="mlflow-plugin-keep-volume"
                label={t('Keep the existing volume ({{size}})', {
                  size: originalSpec.storage.resources?.requests?.storage ?? t('unsized'),
                })}
                isChecked={settings.keepVolume}
                onChange={(_event, keepVolume) => {
                  set({ keepVolume });
                }}
              />
              <FieldMessages
                errors={[]}
                warnings={
                  volumeRemoved(originalSpec, nextSpec)
                    ? [
                        t(
                          'Without it, the operator may delete the volume with the SQLite data and file artifacts on it.',
                        ),
                      ]
                    : []
                }
              />
            </FormGroup>
          ) : null}
        </>
      )}

      {settings.registrySecretName ? (
        <FormGroup label={t('Registry store URI')} fieldId="mlflow-plugin-registry-uri-secret">
          <p id="mlflow-plugin-registry-uri-secret">
            {t('From Secret {{name}}, key {{secretKey}}', {
              name: settings.registrySecretName,
              secretKey: settings.registrySecretKey,
            })}
          </p>
          <Button
            variant="link"
            isInline
            onClick={() => {
              set({ registrySecretName: '' });
            }}
          >
            {t('Type a URI instead')}
          </Button>
          <FieldMessages errors={errorsFor('registryStoreUriFrom')} />
        </FormGroup>
      ) : (
        <StoreUriField
          id="mlflow-plugin-registry-uri"
          label={t('Registry store URI')}
          hint={t(
            'Optional. Where the model registry keeps its metadata; empty uses the backend store.',
          )}
          value={settings.registryStoreUri}
          onChange={(registryStoreUri) => {
            set({ registryStoreUri });
          }}
          errors={errorsFor('registryStoreUri')}
          namespace={mlflowNamespace}
          createSecretReason={createSecretReason}
          secretKey={REGISTRY_URI_SECRET_KEY}
          defaultSecretName={DEFAULT_REGISTRY_URI_SECRET_NAME}
          {...consentTo('registryStoreUri')}
          onMovedToSecret={(registrySecretName, registrySecretKey) => {
            secrets.reload();
            set({ registrySecretName, registrySecretKey, registryStoreUri: '' });
          }}
        />
      )}

      {generalErrors.length > 0 ? (
        <Alert isInline variant="danger" title={t('Fix these before saving')}>
          <ul>
            {generalErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </Form>
  );
};
