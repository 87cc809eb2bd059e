import { ExpandableSection, Stack, StackItem } from '@patternfly/react-core';

import { specChanges } from '@/core/k8s/spec-changes';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { LazySpecDiff } from './LazySpecDiff';
import { SpecChangeList } from './SpecChangeList';

interface SpecReviewProps {
  /** The spec on the cluster; undefined when the write creates the object. */
  before: unknown;
  after: unknown;
  beforeTitle: string;
  afterTitle: string;
}

/** What a write changes, field by field, then the YAML of both sides for whoever wants it. */
export const SpecReview = ({ before, after, beforeTitle, afterTitle }: SpecReviewProps) => {
  const { t } = useMlflowTranslation();
  const creating = before === undefined;
  return (
    <Stack hasGutter>
      <StackItem>
        <SpecChangeList
          changes={specChanges(before, after)}
          label={creating ? t('What will be created') : t('What changes')}
        />
      </StackItem>
      <StackItem>
        <ExpandableSection
          toggleTextCollapsed={t('Show the YAML changes')}
          toggleTextExpanded={t('Hide the YAML changes')}
        >
          {/* Nothing on the left for a create, not an empty object. */}
          <LazySpecDiff
            before={before}
            after={after}
            beforeTitle={beforeTitle}
            afterTitle={afterTitle}
          />
        </ExpandableSection>
      </StackItem>
    </Stack>
  );
};
