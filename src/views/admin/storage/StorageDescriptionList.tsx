import { DescriptionList } from '@patternfly/react-core';

import { DescriptionRow } from '@/components/DescriptionRow';
import type { MlflowStorageSpec } from '@/core/instance/instance-types';
import { describeStorage } from '@/core/storage/instance-storage';
import type { StorageDescription } from '@/core/storage/instance-storage';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

const useBackendText = () => {
  const { t } = useMlflowTranslation();
  return (description: StorageDescription): string => {
    const uri = description.backendUri ?? '';
    switch (description.backend) {
      case 'sqlite':
        return t('SQLite on the MLflow volume ({{uri}})', { uri });
      case 'postgresql':
        return t('PostgreSQL ({{uri}})', { uri });
      case 'mysql':
        return t('MySQL ({{uri}})', { uri });
      case 'secret':
        return t('Database URI from Secret {{name}}, key {{secretKey}}', {
          name: description.backendSecret?.name ?? '',
          secretKey: description.backendSecret?.key ?? '',
        });
      case 'other':
        return uri;
      case 'none':
        return t('Not set');
    }
  };
};

interface StorageDescriptionListProps {
  spec: MlflowStorageSpec | undefined;
  /** Extra groups (e.g. credentials) appended by the caller. */
  isCompact?: boolean;
}

/** Where an MLflow instance keeps its metadata and artifacts, in words. */
export const StorageDescriptionList = ({ spec, isCompact }: StorageDescriptionListProps) => {
  const { t } = useMlflowTranslation();
  const backendText = useBackendText();
  const description = describeStorage(spec);
  const volume = description.volume;
  return (
    <DescriptionList
      isHorizontal
      isCompact={isCompact}
      horizontalTermWidthModifier={{ default: '24ch' }}
    >
      <DescriptionRow term={t('Backend store')}>{backendText(description)}</DescriptionRow>
      <DescriptionRow term={t('Volume')}>
        {volume
          ? t('{{size}} PersistentVolumeClaim, StorageClass {{storageClass}}, {{accessModes}}', {
              size: volume.size ?? t('unsized'),
              storageClass: volume.storageClassName ?? t('cluster default'),
              accessModes: (volume.accessModes ?? []).join(', ') || t('default access mode'),
            })
          : t('No volume')}
      </DescriptionRow>
      <DescriptionRow term={t('Artifacts')}>
        {description.artifacts
          ? description.serveArtifacts
            ? t('{{location}}, served by MLflow', { location: description.artifacts })
            : t('{{location}}, accessed directly by clients', {
                location: description.artifacts,
              })
          : t('Not set')}
      </DescriptionRow>
    </DescriptionList>
  );
};
