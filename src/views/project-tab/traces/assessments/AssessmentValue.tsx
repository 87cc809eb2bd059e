import { Label } from '@patternfly/react-core';

import { LongText } from '@/components/LongText';
import type { Assessment } from '@/core/mlflow';
import { shownValue } from '@/core/traces/assessment-values';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

/** An assessment's value as people read it: Pass, Fail, a number, text, or the scorer's error. */
export const AssessmentValue = ({ assessment }: { assessment: Assessment }) => {
  const { t } = useMlflowTranslation();
  if (assessment.error) {
    return (
      <>
        <Label isCompact color="red">
          {t('Error')}
        </Label>{' '}
        <LongText
          text={[assessment.error.code, assessment.error.message].filter(Boolean).join(': ')}
          maxChars={80}
        />
      </>
    );
  }
  const shown = shownValue(assessment.value);
  switch (shown.kind) {
    case 'pass':
      return (
        <Label isCompact color="green">
          {t('Pass')}
        </Label>
      );
    case 'fail':
      return (
        <Label isCompact color="red">
          {t('Fail')}
        </Label>
      );
    case 'number':
      return <>{String(shown.value)}</>;
    case 'text':
      return <LongText text={shown.text} maxChars={80} />;
    default:
      return <>-</>;
  }
};
