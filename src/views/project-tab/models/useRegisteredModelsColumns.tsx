import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Label, LabelGroup } from '@patternfly/react-core';
import { Link } from 'react-router';

import type { ColumnDefinition } from '@/components/ColumnsTable';
import { DESCRIPTION_MAX_CHARS, LongText } from '@/components/LongText';
import { mlflowUiModelUrl } from '@/core/links/mlflow-links';
import { aliasesByVersion } from '@/core/mlflow';
import type { RegisteredModel } from '@/core/mlflow';
import { isoTime } from '@/core/mlflow/search-filter';
import { modelPlace } from '@/core/place/tab-place';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { AliasLabels } from '@/views/project-tab/common/AliasLabels';
import { NameInMlflowLink } from '@/views/project-tab/common/OpenInMlflowLink';

/**
 * The registered models table's columns; the name opens the model here, and in MLflow when its
 * UI has a public URL (status.url).
 */
export const useRegisteredModelsColumns = (
  namespace: string,
  mlflowUrl: string | undefined,
): ColumnDefinition<RegisteredModel>[] => {
  const { t } = useMlflowTranslation();
  const { place, pathOf } = useTabPlace();
  return [
    {
      id: 'name',
      title: t('Name'),
      cell: (model) => (
        <>
          <div>
            <Link to={pathOf(modelPlace(place, model.name))}>
              <LongText text={model.name} inControl />
            </Link>
            <NameInMlflowLink
              url={mlflowUiModelUrl(mlflowUrl, namespace, model.name)}
              name={model.name}
            />
          </div>
          {model.description ? (
            <small>
              <LongText text={model.description} maxChars={DESCRIPTION_MAX_CHARS} />
            </small>
          ) : null}
        </>
      ),
    },
    {
      id: 'latest-versions',
      title: t('Latest versions'),
      cell: (model) => (
        <LabelGroup>
          {model.latest_versions.map((version) => (
            <Label key={version.version} isCompact>
              {version.current_stage && version.current_stage !== 'None'
                ? t('Version {{version}} ({{stage}})', {
                    version: version.version,
                    stage: version.current_stage,
                  })
                : t('Version {{version}}', { version: version.version })}
            </Label>
          ))}
        </LabelGroup>
      ),
    },
    {
      id: 'aliases',
      title: t('Aliases'),
      cell: (model) => {
        const aliases = aliasesByVersion(model);
        return aliases.size === 0 ? (
          '-'
        ) : (
          <AliasLabels
            aliases={[...aliases.entries()].flatMap(([version, names]) =>
              names.map((alias) => ({ alias, version })),
            )}
          />
        );
      },
    },
    {
      id: 'last-updated',
      modifier: 'fitContent',
      title: t('Last updated'),
      cell: (model) => <Timestamp timestamp={isoTime(model.last_updated_timestamp)} />,
    },
  ];
};
