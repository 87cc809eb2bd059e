import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Label, LabelGroup } from '@patternfly/react-core';

import type { ColumnDefinition } from '@/components/ColumnsTable';
import { LongText } from '@/components/LongText';
import { mlflowUiLoggedModelUrl } from '@/core/links/mlflow-links';
import type { LoggedModel, LoggedModelStatus } from '@/core/mlflow';
import { isoTime } from '@/core/mlflow/search-filter';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { NameInMlflowLink } from '@/views/project-tab/common/OpenInMlflowLink';
import { SourceRunLink } from '@/views/project-tab/models/SourceRunLink';

const STATUS_COLORS: Record<LoggedModelStatus, 'green' | 'blue' | 'red' | 'grey'> = {
  READY: 'green',
  PENDING: 'blue',
  UPLOAD_FAILED: 'red',
  UNSPECIFIED: 'grey',
};

/** A metric of a logged model as "key: value", the value at most 4 significant digits. */
const metricText = ({ key, value }: LoggedModel['metrics'][number]) =>
  `${key}: ${Number.isFinite(value) ? String(Number(value.toPrecision(4))) : String(value)}`;

/** The logged models table's columns; each name opens in MLflow when its UI has a public URL. */
export const useLoggedModelsColumns = (
  namespace: string,
  experimentId: string,
  mlflowUrl: string | undefined,
): ColumnDefinition<LoggedModel>[] => {
  const { t } = useMlflowTranslation();
  const statusText: Record<LoggedModelStatus, string> = {
    READY: t('Ready'),
    PENDING: t('Pending'),
    UPLOAD_FAILED: t('Upload failed'),
    UNSPECIFIED: t('Unknown'),
  };
  return [
    {
      id: 'name',
      title: t('Name'),
      cell: (model) => (
        <>
          <div>
            <LongText text={model.name || model.modelId} />
            <NameInMlflowLink
              url={mlflowUiLoggedModelUrl(mlflowUrl, namespace, experimentId, model.modelId)}
              name={model.name}
            />
          </div>
          <small>
            {model.modelType ? `${model.modelType} · ` : ''}
            {model.modelId}
          </small>
        </>
      ),
    },
    {
      id: 'status',
      modifier: 'fitContent',
      title: t('Status'),
      cell: (model) => (
        <>
          <Label isCompact color={STATUS_COLORS[model.status]}>
            {statusText[model.status]}
          </Label>
          {model.statusMessage ? (
            <div>
              <small>
                <LongText text={model.statusMessage} />
              </small>
            </div>
          ) : null}
        </>
      ),
    },
    {
      id: 'source-run',
      title: t('Source run'),
      cell: (model) =>
        model.sourceRunId ? (
          <SourceRunLink
            namespace={namespace}
            runId={model.sourceRunId}
            experimentId={experimentId}
          />
        ) : (
          '-'
        ),
    },
    {
      id: 'metrics',
      title: t('Metrics'),
      cell: (model) => (
        <LabelGroup numLabels={4}>
          {model.metrics.map((metric) => (
            <Label key={`${metric.key}@${String(metric.step)}`} isCompact>
              {metricText(metric)}
            </Label>
          ))}
        </LabelGroup>
      ),
    },
    {
      id: 'parameters',
      title: t('Parameters'),
      cell: (model) => (
        <LabelGroup numLabels={4}>
          {model.params.map((param) => (
            <Label key={param.key} isCompact color="purple" textMaxWidth="24ch">
              {`${param.key}=${param.value}`}
            </Label>
          ))}
        </LabelGroup>
      ),
    },
    {
      id: 'created',
      modifier: 'fitContent',
      title: t('Created'),
      cell: (model) => <Timestamp timestamp={isoTime(model.creationTime)} />,
    },
  ];
};
