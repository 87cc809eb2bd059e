import { ExpandableSection } from '@patternfly/react-core';

import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

/** Longer than this, a value may need more than a few lines; shorter ones are shown as they are. */
const EXPANDABLE_FROM_CHARS = 200;

/**
 * A value that may run to thousands of characters (an MLflow param holds up to 6000, a tag 8000):
 * three lines, then PatternFly's "Show more" when the text really overflows them.
 */
export const ExpandableText = ({ text }: { text: string }) => {
  const { t } = useMlflowTranslation();
  if (text.length < EXPANDABLE_FROM_CHARS) return <>{text}</>;
  return (
    <ExpandableSection
      variant="truncate"
      truncateMaxLines={3}
      toggleTextCollapsed={t('Show more')}
      toggleTextExpanded={t('Show less')}
    >
      {text}
    </ExpandableSection>
  );
};
