/**
 * Label selectors written as kubectl's `-l` reads them: `team=a,tier in (gold,silver),!legacy`.
 * The admin types one line; the MLflow CR stores it as matchLabels and matchExpressions. The
 * checks are the apiserver's own (k8s.io/apimachinery labels.Parse and its key and value rules):
 * a namespace list with such a selector is refused with 400, and MLflow could not use it either.
 */
import type { LabelSelector } from './types';

export type SelectorProblem =
  | { kind: 'syntax'; part: string }
  | { kind: 'invalid-key'; key: string }
  | { kind: 'invalid-value'; value: string }
  | { kind: 'values-required'; key: string }
  | { kind: 'values-forbidden'; key: string }
  | { kind: 'unknown-operator'; operator: string };

export type ParsedSelector =
  { ok: true; selector: LabelSelector | undefined } | { ok: false; problem: SelectorProblem };

const NAME = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** A label key: an optional DNS subdomain prefix (≤ 253) and `/`, then a name (≤ 63). */
export const isLabelKey = (key: string): boolean => {
  const slash = key.indexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (prefix !== undefined && (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))) return false;
  return name.length <= 63 && NAME.test(name);
};

/** A label value: empty, or a name of at most 63 characters. */
export const isLabelValue = (value: string): boolean =>
  value === '' || (value.length <= 63 && NAME.test(value));

/** Splits at commas outside parentheses: `a in (x,y),b` is two requirements. */
const splitRequirements = (text: string): string[] => {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  parts.push(current.trim());
  return parts;
};

interface Requirement {
  key: string;
  operator: string;
  values: string[];
}

const SET_FORM = /^(\S+)\s+(in|notin)\s*\((.*)\)$/;
const EQUALITY_FORM = /^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$/;
const EXISTS_FORM = /^(!?)\s*([^\s=!()]+)$/;

const parseRequirement = (part: string): Requirement | undefined => {
  const set = SET_FORM.exec(part);
  if (set) {
    const values = set[3].split(',').map((value) => value.trim());
    return {
      key: set[1],
      operator: set[2] === 'in' ? 'In' : 'NotIn',
      values: values.length === 1 && values[0] === '' ? [] : values,
    };
  }
  const equality = EQUALITY_FORM.exec(part);
  if (equality) {
    return {
      key: equality[1],
      operator: equality[2] === '!=' ? 'NotIn' : '=',
      values: [equality[3]],
    };
  }
  const exists = EXISTS_FORM.exec(part);
  if (exists)
    return { key: exists[2], operator: exists[1] ? 'DoesNotExist' : 'Exists', values: [] };
  return undefined;
};

/** The selector's requirements checked as the apiserver checks them; the first problem found. */
export const labelSelectorProblem = (selector: LabelSelector): SelectorProblem | undefined => {
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (!isLabelKey(key)) return { kind: 'invalid-key', key };
    if (!isLabelValue(value)) return { kind: 'invalid-value', value };
  }
  for (const { key, operator, values = [] } of selector.matchExpressions ?? []) {
    if (!isLabelKey(key)) return { kind: 'invalid-key', key };
    if (operator === 'In' || operator === 'NotIn') {
      if (values.length === 0) return { kind: 'values-required', key };
      const bad = values.find((value) => !isLabelValue(value));
      if (bad !== undefined) return { kind: 'invalid-value', value: bad };
    } else if (operator === 'Exists' || operator === 'DoesNotExist') {
      if (values.length > 0) return { kind: 'values-forbidden', key };
    } else return { kind: 'unknown-operator', operator };
  }
  return undefined;
};

/**
 * The selector a line of text means; empty text means no selector (every namespace that is not
 * excluded by name). Equality goes to matchLabels, the rest to matchExpressions, so that
 * formatLabelSelector writes the same line back.
 */
export const parseLabelSelectorText = (text: string): ParsedSelector => {
  if (text.trim() === '') return { ok: true, selector: undefined };
  const matchLabels: Record<string, string> = {};
  const matchExpressions: NonNullable<LabelSelector['matchExpressions']> = [];
  for (const part of splitRequirements(text)) {
    const requirement = parseRequirement(part);
    if (!requirement) return { ok: false, problem: { kind: 'syntax', part } };
    const { key, operator, values } = requirement;
    if (operator === '=' && !(key in matchLabels)) matchLabels[key] = values[0];
    else if (operator === '=') matchExpressions.push({ key, operator: 'In', values });
    else if (values.length > 0) matchExpressions.push({ key, operator, values });
    else matchExpressions.push({ key, operator });
  }
  const selector: LabelSelector = {};
  if (Object.keys(matchLabels).length > 0) selector.matchLabels = matchLabels;
  if (matchExpressions.length > 0) selector.matchExpressions = matchExpressions;
  const problem = labelSelectorProblem(selector);
  return problem ? { ok: false, problem } : { ok: true, selector };
};
