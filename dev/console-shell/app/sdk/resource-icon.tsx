/**
 * The kind badge in front of a resource's name, as the console 4.22 draws it (public/components/
 * utils/resource-icon.tsx and _resource.scss, read, not copied): the kind's name for screen
 * readers, then a round badge with the kind's abbreviation and the kind as its title. So a link's
 * accessible text is "ConsoleLink CL mlflow", as in the console.
 */
import type { CSSProperties } from 'react';

/**
 * Built-in kinds whose model names another abbreviation than the rule below gives; every other
 * kind the plugin links to (ConsoleLink CL, ServiceAccount SA, RoleBinding RB, ClusterRole CR,
 * PersistentVolumeClaim PVC, ...) and every custom resource follows the rule.
 */
const MODEL_ABBREVIATIONS: Record<string, string> = { Namespace: 'NS', Project: 'PR' };
/** Abbreviations the console does not show, shortened by a letter. */
const AVOIDED = new Set(['ASS', 'FART']);

/** ConsoleLink → CL, DataScienceCluster → DSC, MLflow → ML, pod → POD. */
export const kindAbbreviation = (kind: string): string => {
  const known = MODEL_ABBREVIATIONS[kind];
  if (known) return known;
  const abbreviation = (kind.replace(/[^A-Z]/g, '') || kind.toUpperCase()).slice(0, 4);
  return AVOIDED.has(abbreviation) ? abbreviation.slice(0, -1) : abbreviation;
};

// The console's badge colours (its _vars.scss): one per family of kinds, else the default blue.
const DEFAULT_COLOR = '#2b9af3';
const COLOR_FAMILIES: [string, string[]][] = [
  ['#3e8635', ['Application']],
  ['#795600', ['ClusterRole', 'Role']],
  ['#008bad', ['ClusterRoleBinding', 'RoleBinding']],
  [
    '#004080',
    [
      'DaemonSet',
      'Deployment',
      'DeploymentConfig',
      'Job',
      'PetSet',
      'ReplicaSet',
      'ReplicationController',
    ],
  ],
  [
    '#8476d1',
    [
      'Machine',
      'MachineAutoscaler',
      'MachineClass',
      'MachineConfig',
      'MachineConfigPool',
      'MachineDeployment',
      'MachineHealthCheck',
      'MachineSet',
      'Node',
      'Policy',
    ],
  ],
  ['#40199a', ['AlertRule', 'ConfigMap', 'Ingress', 'ServiceAccount']],
  ['#009596', ['Pod']],
  ['#1e4f18', ['Namespace', 'Project']],
  ['#c46100', ['Secret']],
  ['#773d00', ['Alertmanager']],
  ['#6ca100', ['Service']],
];
const COLORS = new Map(
  COLOR_FAMILIES.flatMap(([color, kinds]) => kinds.map((kind) => [kind, color] as const)),
);

/** The badge's background colour for a kind. */
export const kindColor = (kind: string): string => COLORS.get(kind) ?? DEFAULT_COLOR;

const badgeStyle = (kind: string): CSSProperties => ({
  backgroundColor: kindColor(kind),
  borderRadius: '20px',
  color: 'var(--pf-t--color--white)',
  display: 'inline-block',
  flexShrink: 0,
  fontSize: 'var(--pf-t--global--font--size--body--default)',
  lineHeight: '16px',
  marginRight: '4px',
  minWidth: '18px',
  padding: '1px 4px',
  textAlign: 'center',
  whiteSpace: 'nowrap',
});

export const ResourceIcon = ({ kind }: { kind: string }) => (
  <>
    <span className="pf-v6-u-screen-reader">{kind}</span>
    <span
      className={`co-m-resource-icon co-m-resource-${kind.toLowerCase()}`}
      title={kind}
      style={badgeStyle(kind)}
    >
      {kindAbbreviation(kind)}
    </span>
  </>
);
