/**
 * The known ways MLflow on OpenShift AI fails, each recognised by one pure function from what the
 * cluster reports. A diagnosis names its id (the view says cause and fix for it), the object to
 * open (a console link) and the cluster's own words as evidence.
 */
import { getMlflowManagementState } from '@/core/instance/mlflow-status';
import { findCondition } from '@/core/k8s/conditions';
import {
  DataScienceClusterModel,
  MLFLOW_OPERATOR_COMPONENT_NAME,
  MLflowModel,
  MLflowOperatorModel,
  PersistentVolumeClaimModel,
  PodModel,
} from '@/core/k8s/models';
import type {
  DataScienceCluster,
  MLflowInstance,
  MLflowOperatorComponent,
  StorageClass,
} from '@/core/k8s/types';
import { findDefaultStorageClass } from '@/core/storage/storage-classes';

import { MLFLOW_PVC_NAME } from './operator-names';
import { isFailedMigration } from './workload-summary';
import type { ContainerStatus, KubeEvent, PersistentVolumeClaim, Pod } from './workload-types';

export type DiagnosisId =
  | 'no-default-storage-class'
  | 'crash-loop'
  | 'image-pull'
  | 'database-unreachable'
  | 'migration-failed'
  | 'operator-not-installed'
  | 'component-removed-with-instance'
  | 'operator-not-ready';

/** The object a diagnosis leads to, in the shape the console's ResourceLink takes. */
export interface DiagnosisSubject {
  group?: string;
  version: string;
  kind: string;
  name: string;
  namespace?: string;
}

export interface Diagnosis {
  id: DiagnosisId;
  subject: DiagnosisSubject;
  /** What the cluster said (a condition's message, the last line a container wrote, ...). */
  evidence?: string;
  /** The subject is a Pod whose Logs tab holds the rest of the story. */
  showLogs?: boolean;
}

/**
 * What the Health card knows. A list is undefined when it could not be read (no permission, not
 * loaded): a diagnosis that needs it then says nothing rather than guessing.
 */
export interface HealthInput {
  mlflowCrdPresent: boolean;
  dataScienceClusters: readonly DataScienceCluster[];
  operatorComponent?: MLflowOperatorComponent;
  mlflow?: MLflowInstance;
  pods?: readonly Pod[];
  operatorPods?: readonly Pod[];
  /** The PVC of the default SQLite storage; null: read, and there is none. */
  pvc?: PersistentVolumeClaim | null;
  events?: readonly KubeEvent[];
  storageClasses?: readonly StorageClass[];
}

const subjectOf = (
  model: { apiGroup?: string; apiVersion: string; kind: string },
  name: string,
  namespace?: string,
): DiagnosisSubject => ({
  group: model.apiGroup,
  version: model.apiVersion,
  kind: model.kind,
  name,
  namespace,
});

const podSubject = (pod: Pod) =>
  subjectOf(PodModel, pod.metadata?.name ?? '', pod.metadata?.namespace);

/** The last non-empty line: a Python traceback ends with the exception that stopped the server. */
export const lastLine = (text: string | undefined): string | undefined =>
  text
    ?.split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .at(-1);

/** Error texts of the database drivers MLflow uses (SQLAlchemy with psycopg2, PyMySQL, sqlite3). */
const DATABASE_UNREACHABLE = [
  /could not connect to server/i,
  /connection to server at .* failed/i,
  /could not translate host name/i,
  /can't connect to mysql server/i,
  /password authentication failed/i,
  /access denied for user/i,
  /unable to open database file/i,
  /OperationalError.*(connect|timeout|refused|resolve)/i,
];

export const isDatabaseUnreachableMessage = (text: string | undefined): boolean =>
  Boolean(text && DATABASE_UNREACHABLE.some((pattern) => pattern.test(text)));

const mlflowContainers = (pod: Pod): ContainerStatus[] => pod.status?.containerStatuses ?? [];

/** What a container said when it last stopped: its termination message, else reason and code. */
const terminationText = (status: ContainerStatus): string | undefined => {
  const terminated = status.lastState?.terminated ?? status.state?.terminated;
  if (!terminated) return undefined;
  return (
    lastLine(terminated.message) ??
    (terminated.reason
      ? `${terminated.reason}${terminated.exitCode === undefined ? '' : ` (exit code ${String(terminated.exitCode)})`}`
      : undefined)
  );
};

const eventsAbout = (events: readonly KubeEvent[] | undefined, kind: string, name: string) =>
  (events ?? []).filter(
    (event) =>
      event.type === 'Warning' &&
      event.involvedObject?.kind === kind &&
      event.involvedObject.name === name,
  );

/** The database error a Pod reports, in its containers' termination messages or its events. */
const databaseErrorOf = (pod: Pod, events: readonly KubeEvent[] | undefined) => {
  for (const status of mlflowContainers(pod)) {
    const terminated = status.lastState?.terminated ?? status.state?.terminated;
    const text = lastLine(terminated?.message);
    if (isDatabaseUnreachableMessage(terminated?.message)) return text;
  }
  return eventsAbout(events, 'Pod', pod.metadata?.name ?? '').find((event) =>
    isDatabaseUnreachableMessage(event.message),
  )?.message;
};

/** The PVC of the default storage waits for a volume and names no class, and no class is default. */
export const diagnoseNoDefaultStorageClass = (input: HealthInput): Diagnosis[] => {
  const { pvc } = input;
  if (!pvc || pvc.status?.phase !== 'Pending' || pvc.spec?.storageClassName) return [];
  if (input.storageClasses && findDefaultStorageClass(input.storageClasses)) return [];
  const evidence = eventsAbout(input.events, 'PersistentVolumeClaim', MLFLOW_PVC_NAME).at(
    -1,
  )?.message;
  return [
    {
      id: 'no-default-storage-class',
      subject: subjectOf(
        PersistentVolumeClaimModel,
        pvc.metadata?.name ?? MLFLOW_PVC_NAME,
        pvc.metadata?.namespace,
      ),
      evidence,
    },
  ];
};

/** A container restarts over and over; its last words, unless they are a database error. */
export const diagnoseCrashLoop = (input: HealthInput): Diagnosis[] =>
  (input.pods ?? []).flatMap((pod) => {
    const crashing = mlflowContainers(pod).find(
      (status) => status.state?.waiting?.reason === 'CrashLoopBackOff',
    );
    if (!crashing || databaseErrorOf(pod, input.events)) return [];
    return [
      {
        id: 'crash-loop' as const,
        subject: podSubject(pod),
        evidence: terminationText(crashing),
        showLogs: true,
      },
    ];
  });

const IMAGE_PULL_REASONS = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName']);

/** The node cannot pull the MLflow image. */
export const diagnoseImagePull = (input: HealthInput): Diagnosis[] =>
  (input.pods ?? []).flatMap((pod) => {
    const pulling = mlflowContainers(pod).find((status) =>
      IMAGE_PULL_REASONS.has(status.state?.waiting?.reason ?? ''),
    );
    if (!pulling) return [];
    const waiting = pulling.state?.waiting;
    return [
      {
        id: 'image-pull' as const,
        subject: podSubject(pod),
        evidence: waiting?.message ?? `${waiting?.reason ?? ''}: ${pulling.image ?? ''}`,
      },
    ];
  });

/** The server stops because it cannot reach its backend store. */
export const diagnoseDatabaseUnreachable = (input: HealthInput): Diagnosis[] =>
  (input.pods ?? []).flatMap((pod) => {
    const evidence = databaseErrorOf(pod, input.events);
    return evidence
      ? [
          {
            id: 'database-unreachable' as const,
            subject: podSubject(pod),
            evidence,
            showLogs: true,
          },
        ]
      : [];
  });

/** The operator's migration Job failed for the current generation. */
export const diagnoseMigrationFailed = (input: HealthInput): Diagnosis[] => {
  const migration = findCondition(input.mlflow?.status?.conditions, 'Migration');
  if (!isFailedMigration(migration)) return [];
  return [
    {
      id: 'migration-failed',
      subject: subjectOf(MLflowModel, input.mlflow?.metadata?.name ?? ''),
      evidence: migration.message,
    },
  ];
};

const onlyDsc = (input: HealthInput) =>
  input.dataScienceClusters.length === 1 ? input.dataScienceClusters[0] : undefined;

const dscSubject = (dsc: DataScienceCluster) =>
  subjectOf(DataScienceClusterModel, dsc.metadata?.name ?? '');

/**
 * The component is Managed but the operator is not there: its CRD is missing, or no operator Pod
 * runs (only said when the Pods could be read).
 */
export const diagnoseOperatorNotInstalled = (input: HealthInput): Diagnosis[] => {
  const dsc = onlyDsc(input);
  if (!dsc || getMlflowManagementState(dsc) !== 'Managed') return [];
  const noCrd = !input.mlflowCrdPresent;
  const noPods = input.operatorPods?.length === 0;
  // A failing readiness condition is the more precise account of the same trouble.
  if ((!noCrd && !noPods) || diagnoseOperatorNotReady(input).length > 0) return [];
  return [
    {
      id: 'operator-not-installed',
      subject: dscSubject(dsc),
      evidence: findCondition(dsc.status?.conditions, 'MLflowOperatorReady')?.message,
    },
  ];
};

/** MLflow is switched off in the DataScienceCluster, yet the MLflow CR is still there. */
export const diagnoseComponentRemovedWithInstance = (input: HealthInput): Diagnosis[] => {
  const dsc = onlyDsc(input);
  if (!dsc || !input.mlflow) return [];
  const state = getMlflowManagementState(dsc);
  if (state === 'Managed' || state === 'Unmanaged') return [];
  return [{ id: 'component-removed-with-instance', subject: dscSubject(dsc) }];
};

/** The operator component reports that it is not Ready (Removed is a switch, not a failure). */
export const diagnoseOperatorNotReady = (input: HealthInput): Diagnosis[] => {
  const dsc = onlyDsc(input);
  if (!dsc || getMlflowManagementState(dsc) !== 'Managed') return [];
  const componentReady = findCondition(input.operatorComponent?.status?.conditions, 'Ready');
  const dscReady = findCondition(dsc.status?.conditions, 'MLflowOperatorReady');
  const failing = [componentReady, dscReady].find(
    (condition) => condition?.status === 'False' && condition.reason !== 'Removed',
  );
  if (!failing) return [];
  return [
    {
      id: 'operator-not-ready',
      subject:
        failing === componentReady
          ? subjectOf(MLflowOperatorModel, MLFLOW_OPERATOR_COMPONENT_NAME)
          : dscSubject(dsc),
      evidence: failing.message,
    },
  ];
};

/** Every diagnosis, most fundamental first: the operator before the server it runs. */
export const DIAGNOSES: readonly ((input: HealthInput) => Diagnosis[])[] = [
  diagnoseOperatorNotInstalled,
  diagnoseComponentRemovedWithInstance,
  diagnoseOperatorNotReady,
  diagnoseMigrationFailed,
  diagnoseNoDefaultStorageClass,
  diagnoseImagePull,
  diagnoseDatabaseUnreachable,
  diagnoseCrashLoop,
];

export const diagnose = (input: HealthInput): Diagnosis[] =>
  DIAGNOSES.flatMap((recognise) => recognise(input));
