import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Label, LabelGroup } from '@patternfly/react-core';
import { Link } from 'react-router';

import type { ColumnDefinition } from '@/components/ColumnsTable';
import { DESCRIPTION_MAX_CHARS, LongText } from '@/components/LongText';
import { userTags } from '@/core/mlflow';
import type { RegisteredModel } from '@/core/mlflow';
import { isoTime } from '@/core/mlflow/search-filter';
import { promptPlace } from '@/core/place/tab-place';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { AliasLabels } from '@/views/project-tab/common/AliasLabels';

/** The prompts table's columns; the name opens the prompt. */
export const usePromptsColumns = (): ColumnDefinition<RegisteredModel>[] => {
  const { t } = useMlflowTranslation();
  const { place, pathOf } = useTabPlace();
  return [
    {
      id: 'name',
      title: t('Name'),
      cell: (prompt) => (
        <>
          <Link to={pathOf(promptPlace(place, prompt.name))}>
            <LongText text={prompt.name} inControl />
          </Link>
          {prompt.description ? (
            <div>
              <small>
                <LongText text={prompt.description} maxChars={DESCRIPTION_MAX_CHARS} />
              </small>
            </div>
          ) : null}
        </>
      ),
    },
    {
      id: 'latest-version',
      title: t('Latest version'),
      cell: (prompt) => {
        const latest = prompt.latest_versions.at(-1)?.version;
        return latest ? t('Version {{version}}', { version: latest }) : '-';
      },
    },
    {
      id: 'aliases',
      title: t('Aliases'),
      cell: (prompt) => <AliasLabels aliases={prompt.aliases} />,
    },
    {
      id: 'tags',
      title: t('Tags'),
      cell: (prompt) => (
        <LabelGroup numLabels={3}>
          {userTags(prompt.tags).map(({ key, value }) => (
            <Label key={key} isCompact textMaxWidth="24ch">
              {`${key}=${value}`}
            </Label>
          ))}
        </LabelGroup>
      ),
    },
    {
      id: 'last-updated',
      modifier: 'fitContent',
      title: t('Last updated'),
      cell: (prompt) => <Timestamp timestamp={isoTime(prompt.last_updated_timestamp)} />,
    },
  ];
};
