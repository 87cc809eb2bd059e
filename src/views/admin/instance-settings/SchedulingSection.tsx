import {
  Button,
  Flex,
  FlexItem,
  FormGroup,
  FormSection,
  FormSelect,
  FormSelectOption,
  TextInput,
} from '@patternfly/react-core';
import { MinusCircleIcon, PlusCircleIcon } from '@patternfly/react-icons';

import { FieldMessages } from '@/components/form/FieldMessages';
import type { TolerationRow } from '@/core/instance/instance-settings';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { fieldErrors } from './fieldErrors';
import type { SectionProps } from './sectionProps';

const NEW_TOLERATION: TolerationRow = {
  key: '',
  operator: 'Equal',
  value: '',
  effect: '',
  tolerationSeconds: '',
};

/** Where the MLflow Pods may run: a node selector and tolerations. Affinity stays in YAML. */
export const SchedulingSection = ({ settings, onChange, errors }: SectionProps) => {
  const { t } = useMlflowTranslation();
  const { nodeSelector, tolerations } = settings;
  const setToleration = (index: number, change: Partial<TolerationRow>) => {
    onChange({
      ...settings,
      tolerations: tolerations.map((row, at) => (at === index ? { ...row, ...change } : row)),
    });
  };
  const input = (id: string, label: string, value: string, set: (value: string) => void) => (
    <TextInput
      id={id}
      aria-label={label}
      placeholder={label}
      value={value}
      onChange={(_event, next) => {
        set(next);
      }}
    />
  );
  return (
    <FormSection title={t('Scheduling')} titleElement="h3">
      <FormGroup
        label={t('Node selector')}
        fieldId="mlflow-instance-node-selector-0-key"
        role="group"
      >
        {nodeSelector.map((row, index) => (
          <Flex
            key={index}
            spaceItems={{ default: 'spaceItemsSm' }}
            flexWrap={{ default: 'nowrap' }}
          >
            <FlexItem>
              {input(
                `mlflow-instance-node-selector-${String(index)}-key`,
                t('Node label key {{number}}', { number: index + 1 }),
                row.key,
                (key) => {
                  onChange({
                    ...settings,
                    nodeSelector: nodeSelector.map((r, at) => (at === index ? { ...r, key } : r)),
                  });
                },
              )}
            </FlexItem>
            <FlexItem>
              {input(
                `mlflow-instance-node-selector-${String(index)}-value`,
                t('Node label value {{number}}', { number: index + 1 }),
                row.value,
                (value) => {
                  onChange({
                    ...settings,
                    nodeSelector: nodeSelector.map((r, at) => (at === index ? { ...r, value } : r)),
                  });
                },
              )}
            </FlexItem>
            <FlexItem>
              <Button
                variant="plain"
                aria-label={t('Remove node label {{number}}', { number: index + 1 })}
                icon={<MinusCircleIcon />}
                onClick={() => {
                  onChange({
                    ...settings,
                    nodeSelector: nodeSelector.filter((_row, at) => at !== index),
                  });
                }}
              />
            </FlexItem>
          </Flex>
        ))}
        <FieldMessages errors={fieldErrors(errors, 'nodeSelector')} />
        <Button
          variant="link"
          icon={<PlusCircleIcon />}
          onClick={() => {
            onChange({ ...settings, nodeSelector: [...nodeSelector, { key: '', value: '' }] });
          }}
        >
          {t('Add node label')}
        </Button>
      </FormGroup>
      <FormGroup label={t('Tolerations')} fieldId="mlflow-instance-toleration-0-key" role="group">
        {tolerations.map((row, index) => {
          const number = index + 1;
          return (
            <div key={index}>
              <Flex spaceItems={{ default: 'spaceItemsSm' }}>
                <FlexItem>
                  {input(
                    `mlflow-instance-toleration-${String(index)}-key`,
                    t('Taint key {{number}}', { number }),
                    row.key,
                    (key) => {
                      setToleration(index, { key });
                    },
                  )}
                </FlexItem>
                <FlexItem>
                  <FormSelect
                    id={`mlflow-instance-toleration-${String(index)}-operator`}
                    aria-label={t('Operator {{number}}', { number })}
                    value={row.operator}
                    onChange={(_event, operator) => {
                      setToleration(index, { operator });
                    }}
                  >
                    {['Equal', 'Exists'].map((operator) => (
                      <FormSelectOption key={operator} value={operator} label={operator} />
                    ))}
                  </FormSelect>
                </FlexItem>
                <FlexItem>
                  {input(
                    `mlflow-instance-toleration-${String(index)}-value`,
                    t('Taint value {{number}}', { number }),
                    row.value,
                    (value) => {
                      setToleration(index, { value });
                    },
                  )}
                </FlexItem>
                <FlexItem>
                  <FormSelect
                    id={`mlflow-instance-toleration-${String(index)}-effect`}
                    aria-label={t('Effect {{number}}', { number })}
                    value={row.effect}
                    onChange={(_event, effect) => {
                      setToleration(index, { effect });
                    }}
                  >
                    <FormSelectOption value="" label={t('All effects')} />
                    {['NoSchedule', 'PreferNoSchedule', 'NoExecute'].map((effect) => (
                      <FormSelectOption key={effect} value={effect} label={effect} />
                    ))}
                  </FormSelect>
                </FlexItem>
                <FlexItem>
                  {input(
                    `mlflow-instance-toleration-${String(index)}-seconds`,
                    t('Seconds tolerated {{number}}', { number }),
                    row.tolerationSeconds,
                    (tolerationSeconds) => {
                      setToleration(index, { tolerationSeconds });
                    },
                  )}
                </FlexItem>
                <FlexItem>
                  <Button
                    variant="plain"
                    aria-label={t('Remove toleration {{number}}', { number })}
                    icon={<MinusCircleIcon />}
                    onClick={() => {
                      onChange({
                        ...settings,
                        tolerations: tolerations.filter((_row, at) => at !== index),
                      });
                    }}
                  />
                </FlexItem>
              </Flex>
              <FieldMessages errors={fieldErrors(errors, `tolerations[${String(index)}]`)} />
            </div>
          );
        })}
        <Button
          variant="link"
          icon={<PlusCircleIcon />}
          onClick={() => {
            onChange({ ...settings, tolerations: [...tolerations, NEW_TOLERATION] });
          }}
        >
          {t('Add toleration')}
        </Button>
      </FormGroup>
    </FormSection>
  );
};
