import {
  Alert,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Radio,
  TextArea,
  TextInput,
} from '@patternfly/react-core';
import { useState } from 'react';

import { ConfirmModal } from '@/components/ConfirmModal';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { DescribedError } from '@/core/k8s/errors';
import type { Assessment, FeedbackInput } from '@/core/mlflow';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface FeedbackModalProps {
  /** The feedback being edited; without it, new feedback is added. */
  editing?: Assessment;
  isPending: boolean;
  error?: DescribedError;
  onSave: (feedback: FeedbackInput) => void;
  onCancel: () => void;
}

type ValueKind = 'pass-fail' | 'number';

/** A person's feedback on a trace: its name (when new), pass/fail or a number, and why. */
export const FeedbackModal = ({
  editing,
  isPending,
  error,
  onSave,
  onCancel,
}: FeedbackModalProps) => {
  const { t } = useMlflowTranslation();
  const [name, setName] = useState(editing?.name ?? '');
  const [kind, setKind] = useState<ValueKind>(
    typeof editing?.value === 'number' ? 'number' : 'pass-fail',
  );
  const [passed, setPassed] = useState(editing?.value !== false);
  const [numberText, setNumberText] = useState(
    typeof editing?.value === 'number' ? String(editing.value) : '',
  );
  const [rationale, setRationale] = useState(editing?.rationale ?? '');
  const number = numberText.trim() === '' ? Number.NaN : Number(numberText);
  const nameProblem = name.trim() === '' ? t('Enter a name, such as correctness.') : undefined;
  const numberProblem =
    kind === 'number' && !Number.isFinite(number) ? t('Enter a number.') : undefined;

  return (
    <ConfirmModal
      title={editing ? t('Edit feedback') : t('Add feedback')}
      titleId="mlflow-plugin-feedback-title"
      variant="medium"
      confirmLabel={editing ? t('Save') : t('Add feedback')}
      isPending={isPending}
      isConfirmDisabled={Boolean(nameProblem ?? numberProblem)}
      onConfirm={() => {
        onSave({
          name: name.trim(),
          value: kind === 'number' ? number : passed,
          rationale: rationale.trim(),
        });
      }}
      onCancel={onCancel}
      isCancelDisabled={isPending}
      error={
        error?.kind === 'conflict' ? (
          <Alert
            isInline
            variant="warning"
            title={t('This feedback was changed since you opened it')}
          >
            {t('Nothing was saved. Cancel to see the change, then edit it again.')}
          </Alert>
        ) : error ? (
          <ErrorAlert title={t('MLflow did not save the feedback')} error={error} />
        ) : null
      }
    >
      <Form
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <FormGroup label={t('Name')} isRequired fieldId="mlflow-plugin-feedback-name">
          <TextInput
            id="mlflow-plugin-feedback-name"
            value={name}
            isRequired
            readOnlyVariant={editing ? 'default' : undefined}
            onChange={(_event, value) => {
              setName(value);
            }}
          />
          <FormHelperText>
            <HelperText>
              <HelperTextItem variant={nameProblem && !editing ? 'error' : 'default'}>
                {editing
                  ? t('The name of feedback cannot change.')
                  : (nameProblem ?? t('What is judged, such as correctness or tone.'))}
              </HelperTextItem>
            </HelperText>
          </FormHelperText>
        </FormGroup>
        <FormGroup
          role="radiogroup"
          label={t('Value')}
          fieldId="mlflow-plugin-feedback-kind"
          isStack
        >
          <Radio
            id="mlflow-plugin-feedback-pass"
            name="mlflow-plugin-feedback-value"
            label={t('Pass')}
            isChecked={kind === 'pass-fail' && passed}
            onChange={() => {
              setKind('pass-fail');
              setPassed(true);
            }}
          />
          <Radio
            id="mlflow-plugin-feedback-fail"
            name="mlflow-plugin-feedback-value"
            label={t('Fail')}
            isChecked={kind === 'pass-fail' && !passed}
            onChange={() => {
              setKind('pass-fail');
              setPassed(false);
            }}
          />
          <Radio
            id="mlflow-plugin-feedback-number"
            name="mlflow-plugin-feedback-value"
            label={t('A number')}
            isChecked={kind === 'number'}
            onChange={() => {
              setKind('number');
            }}
          />
        </FormGroup>
        {kind === 'number' ? (
          <FormGroup label={t('Number')} isRequired fieldId="mlflow-plugin-feedback-number-value">
            <TextInput
              id="mlflow-plugin-feedback-number-value"
              type="number"
              value={numberText}
              onChange={(_event, value) => {
                setNumberText(value);
              }}
            />
            {numberProblem ? (
              <FormHelperText>
                <HelperText>
                  <HelperTextItem variant="error">{numberProblem}</HelperTextItem>
                </HelperText>
              </FormHelperText>
            ) : null}
          </FormGroup>
        ) : null}
        <FormGroup label={t('Rationale')} fieldId="mlflow-plugin-feedback-rationale">
          <TextArea
            id="mlflow-plugin-feedback-rationale"
            value={rationale}
            resizeOrientation="vertical"
            onChange={(_event, value) => {
              setRationale(value);
            }}
          />
        </FormGroup>
      </Form>
    </ConfirmModal>
  );
};
