/**
 * The MLflowConfig CRD's rules, one pure validator each, so the form refuses what the apiserver
 * would refuse and says it the same way. `message` is the CRD's own text: server answers are
 * recognised by it (see mlflowConfigIssuesFromServer). One rule is the MLflow server's, not the
 * apiserver's: it refuses backslashes when it resolves the root.
 */
import { ARTIFACT_CONNECTION_SECRET } from './mlflowconfig';
import type { ArtifactRootSettings } from './mlflowconfig';

export type MlflowConfigField = 'secretName' | 'path';

export type MlflowConfigRuleId =
  | 'secret-required'
  | 'secret-name'
  | 'path-relative'
  | 'path-no-dot-dot'
  | 'path-max-length'
  | 'path-no-backslash';

export interface MlflowConfigRule {
  rule: MlflowConfigRuleId;
  field: MlflowConfigField;
  /** The CRD's message (or the schema's wording), as the apiserver answers it. */
  message: string;
  /** True: only the MLflow server refuses it; the apiserver stores it. */
  serverOnly?: boolean;
}

export const PATH_MAX_LENGTH = 512;

export const MLFLOW_CONFIG_RULES: readonly MlflowConfigRule[] = [
  { rule: 'secret-required', field: 'secretName', message: 'should be at least 1 chars long' },
  {
    rule: 'secret-name',
    field: 'secretName',
    message: `artifactRootSecret must be '${ARTIFACT_CONNECTION_SECRET}'`,
  },
  { rule: 'path-relative', field: 'path', message: 'artifactRootPath must be relative' },
  {
    rule: 'path-no-dot-dot',
    field: 'path',
    message: "artifactRootPath must not contain '..' path segments",
  },
  { rule: 'path-max-length', field: 'path', message: 'may not be more than 512 bytes' },
  {
    rule: 'path-no-backslash',
    field: 'path',
    message: 'Backslashes are not allowed',
    serverOnly: true,
  },
];

/** minLength: 1. */
export const secretNamePresent = (name: string) => name.length > 0;
/** CEL: self == 'mlflow-artifact-connection'. */
export const secretNameSupported = (name: string) => name === ARTIFACT_CONNECTION_SECRET;
/** CEL: self == '' || !self.startsWith('/'). */
export const pathRelative = (path: string) => path === '' || !path.startsWith('/');
/** CEL: self == '' || !self.matches(...): no '..' segment anywhere (the CRD's regex). */
const DOT_DOT_SEGMENT = /(^|\/)\.\.(\/|$)/;
export const pathWithoutDotDot = (path: string) => path === '' || !DOT_DOT_SEGMENT.test(path);
/** maxLength: 512 (the apiserver counts characters of the JSON string). */
export const pathWithinMaxLength = (path: string) => Array.from(path).length <= PATH_MAX_LENGTH;
/** mlflow-kubernetes-plugins refuses backslashes when it resolves the root. */
export const pathWithoutBackslash = (path: string) => !path.includes('\\');

const CHECKS: Record<MlflowConfigRuleId, (settings: ArtifactRootSettings) => boolean> = {
  'secret-required': ({ secretName }) => secretNamePresent(secretName),
  'secret-name': ({ secretName }) =>
    !secretNamePresent(secretName) || secretNameSupported(secretName),
  'path-relative': ({ path }) => pathRelative(path),
  'path-no-dot-dot': ({ path }) => pathWithoutDotDot(path),
  'path-max-length': ({ path }) => pathWithinMaxLength(path),
  'path-no-backslash': ({ path }) => pathWithoutBackslash(path),
};

/** The rules the settings break, in the order of MLFLOW_CONFIG_RULES. */
export const validateArtifactRootSettings = (settings: ArtifactRootSettings): MlflowConfigRule[] =>
  MLFLOW_CONFIG_RULES.filter(({ rule }) => !CHECKS[rule](settings));
