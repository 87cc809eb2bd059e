import { List, ListItem } from '@patternfly/react-core';

import type { SpecChange } from '@/core/k8s/spec-changes';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { useSpecFieldLabels } from './useSpecFieldLabels';

interface SpecChangeListProps {
  changes: readonly SpecChange[];
  /** Names the list: what changes, or what a create writes. */
  label: string;
}

/** One line per changed field, in the form's words: "Size: 10Gi → 20Gi". */
export const SpecChangeList = ({ changes, label }: SpecChangeListProps) => {
  const { t } = useMlflowTranslation();
  const labels = useSpecFieldLabels();
  const none = t('(none)');
  const labelOf = (path: string): string =>
    labels[path] ?? labels[path.replace(/\[\d+\]/g, '')] ?? path;
  return (
    <List aria-label={label}>
      {changes.map((change) => (
        <ListItem key={change.path}>
          {t('{{field}}: {{before}} → {{after}}', {
            field: labelOf(change.path),
            before: change.before ?? none,
            after: change.after ?? none,
          })}
        </ListItem>
      ))}
    </List>
  );
};
