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
  const labelOf = (path: string): string => {
    const general = path.replace(/\[\d+\]/g, '');
    const exact = labels[path] ?? labels[general];
    if (exact) return exact;
    // A map's entry (a node label, say) by the map's label and the entry's key.
    const map = Object.keys(labels).find((prefix) => general.startsWith(`${prefix}.`));
    return map ? `${labels[map] ?? map} › ${general.slice(map.length + 1)}` : path;
  };
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
