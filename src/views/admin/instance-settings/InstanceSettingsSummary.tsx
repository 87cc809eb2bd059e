import { DescriptionList } from '@patternfly/react-core';

import { DescriptionRow } from '@/components/DescriptionRow';
import type { InstanceSpec } from '@/core/instance/instance-settings';
import { formatLabelSelector } from '@/core/k8s/label-selector';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

const quantity = (value: string | number | undefined) =>
  value === undefined ? undefined : String(value);

/** The instance's settings beyond storage, as they are on the cluster. */
export const InstanceSettingsSummary = ({ spec }: { spec: InstanceSpec | undefined }) => {
  const { t } = useMlflowTranslation();
  const notSet = t('Not set');
  const pair = (kind: 'cpu' | 'memory') =>
    t('{{request}} requested, {{limit}} limit', {
      request: quantity(spec?.resources?.requests?.[kind]) ?? notSet,
      limit: quantity(spec?.resources?.limits?.[kind]) ?? notSet,
    });
  const archival = spec?.traceArchival;
  return (
    <DescriptionList isHorizontal horizontalTermWidthModifier={{ default: '24ch' }}>
      <DescriptionRow term={t('Replicas')}>{String(spec?.replicas ?? 1)}</DescriptionRow>
      <DescriptionRow term={t('Workers per Pod')}>{String(spec?.workers ?? 1)}</DescriptionRow>
      <DescriptionRow term={t('CPU')}>{pair('cpu')}</DescriptionRow>
      <DescriptionRow term={t('Memory')}>{pair('memory')}</DescriptionRow>
      <DescriptionRow term={t('Namespace label selector')}>
        {spec?.workspaceLabelSelector
          ? formatLabelSelector(spec.workspaceLabelSelector) || t('Every namespace')
          : t('Every namespace')}
      </DescriptionRow>
      <DescriptionRow term={t('Garbage collection')}>
        {spec?.garbageCollection?.schedule ?? t('Off')}
      </DescriptionRow>
      <DescriptionRow term={t('CA bundle')}>
        {spec?.caBundleConfigMap?.name ?? t('None')}
      </DescriptionRow>
      <DescriptionRow term={t('Trace archival')}>
        {archival?.enabled
          ? t('To {{location}}, older than {{retention}}', {
              location: archival.location ?? '',
              retention: archival.retention ?? '',
            })
          : t('Off')}
      </DescriptionRow>
      <DescriptionRow term={t('Node selector')}>
        {Object.entries(spec?.nodeSelector ?? {})
          .map(([key, value]) => `${key}=${value}`)
          .join(', ') || t('None')}
      </DescriptionRow>
      <DescriptionRow term={t('Tolerations')}>
        {t('{{count}} tolerations', {
          count: spec?.tolerations?.length ?? 0,
          defaultValue_one: '{{count}} toleration',
        })}
      </DescriptionRow>
    </DescriptionList>
  );
};
