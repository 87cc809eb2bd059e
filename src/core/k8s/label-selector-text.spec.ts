import { formatLabelSelector } from './label-selector';
import { isLabelKey, isLabelValue, parseLabelSelectorText } from './label-selector-text';

describe('parseLabelSelectorText', () => {
  it('reads equality into matchLabels and the rest into matchExpressions', () => {
    expect(
      parseLabelSelectorText('team=a, tier in (gold,silver), env!=dev, owner, !legacy, x==y'),
    ).toEqual({
      ok: true,
      selector: {
        matchLabels: { team: 'a', x: 'y' },
        matchExpressions: [
          { key: 'tier', operator: 'In', values: ['gold', 'silver'] },
          { key: 'env', operator: 'NotIn', values: ['dev'] },
          { key: 'owner', operator: 'Exists' },
          { key: 'legacy', operator: 'DoesNotExist' },
        ],
      },
    });
  });

  it('means no selector for empty text', () => {
    expect(parseLabelSelectorText('  ')).toEqual({ ok: true, selector: undefined });
  });

  it('writes back what it read (formatLabelSelector)', () => {
    const text = 'team=a,tier in (gold,silver),env notin (dev),owner,!legacy';
    const parsed = parseLabelSelectorText(text);
    expect(parsed.ok && parsed.selector && formatLabelSelector(parsed.selector)).toBe(text);
  });

  it('keeps a second value for the same key as a requirement (both must hold)', () => {
    expect(parseLabelSelectorText('team=a,team=b')).toEqual({
      ok: true,
      selector: {
        matchLabels: { team: 'a' },
        matchExpressions: [{ key: 'team', operator: 'In', values: ['b'] }],
      },
    });
  });

  it.each([
    ['a=b=c', { kind: 'invalid-value', value: 'b=c' }],
    ['team in (a', { kind: 'syntax', part: 'team in (a' }],
    ['bad key=x', { kind: 'syntax', part: 'bad key=x' }],
    ['Example.COM/owner=x', { kind: 'invalid-key', key: 'Example.COM/owner' }],
    ['team=a b', { kind: 'syntax', part: 'team=a b' }],
    [`team=${'v'.repeat(64)}`, { kind: 'invalid-value', value: 'v'.repeat(64) }],
    ['tier in ()', { kind: 'values-required', key: 'tier' }],
  ])('refuses %s', (text, problem) => {
    expect(parseLabelSelectorText(text)).toEqual({ ok: false, problem });
  });
});

describe('label keys and values', () => {
  it('follows the apiserver: prefix a DNS subdomain, name ≤ 63, value empty or a name', () => {
    expect(isLabelKey('opendatahub.io/dashboard')).toBe(true);
    expect(isLabelKey('kubernetes.io/arch')).toBe(true);
    expect(isLabelKey('-team')).toBe(false);
    expect(isLabelKey(`a/${'n'.repeat(64)}`)).toBe(false);
    expect(isLabelKey('UPPER.io/x')).toBe(false);
    expect(isLabelValue('')).toBe(true);
    expect(isLabelValue('a_b.c-d')).toBe(true);
    expect(isLabelValue('a b')).toBe(false);
  });
});
