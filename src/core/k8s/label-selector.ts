import type { LabelSelector } from './types';

/** Kubernetes label-selector semantics (matchLabels AND every matchExpression). */
export const matchesLabelSelector = (
  labels: Readonly<Record<string, string>> | undefined,
  selector: LabelSelector | undefined,
): boolean => {
  if (!selector) return true;
  const actual = labels ?? {};
  const labelsMatch = Object.entries(selector.matchLabels ?? {}).every(
    ([key, value]) => actual[key] === value,
  );
  if (!labelsMatch) return false;
  return (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    const has = Object.hasOwn(actual, key);
    switch (operator) {
      case 'In':
        return has && values.includes(actual[key]);
      case 'NotIn':
        return !has || !values.includes(actual[key]);
      case 'Exists':
        return has;
      case 'DoesNotExist':
        return !has;
      default:
        // An operator we do not know cannot be claimed to match.
        return false;
    }
  });
};

/** The selector as the `key=value,key in (a,b)` text kubectl prints, for explanations. */
export const formatLabelSelector = (selector: LabelSelector): string => {
  const parts = Object.entries(selector.matchLabels ?? {}).map(([key, value]) => `${key}=${value}`);
  for (const { key, operator, values = [] } of selector.matchExpressions ?? []) {
    if (operator === 'Exists') parts.push(key);
    else if (operator === 'DoesNotExist') parts.push(`!${key}`);
    else parts.push(`${key} ${operator.toLowerCase()} (${values.join(',')})`);
  }
  return parts.join(',');
};
