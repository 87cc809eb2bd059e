import { isRecord } from './is-record';

describe('isRecord', () => {
  it('accepts objects and arrays, whose fields may be read', () => {
    expect(isRecord({ message: 'x' })).toBe(true);
    expect(isRecord([])).toBe(true);
  });

  it('refuses null and the primitives', () => {
    for (const value of [null, undefined, 'text', 42, true]) expect(isRecord(value)).toBe(false);
  });
});
