import { isQuantity, quantityValue } from './quantity';

describe('isQuantity', () => {
  it.each(['500m', '2', '0.5', '256Mi', '1Gi', '1e3', '1.5G', '+1'])('accepts %s', (value) => {
    expect(isQuantity(value)).toBe(true);
  });
  it.each(['', '1 core', '512MB', 'Gi', '1.2.3', '10 Gi', 'm'])('refuses %s', (value) => {
    expect(isQuantity(value)).toBe(false);
  });
});

describe('quantityValue', () => {
  it('reads binary, decimal and exponent suffixes in base units', () => {
    expect(quantityValue('500m')).toBeCloseTo(0.5);
    expect(quantityValue('2')).toBe(2);
    expect(quantityValue('1Ki')).toBe(1024);
    expect(quantityValue('1Gi')).toBe(2 ** 30);
    expect(quantityValue('1G')).toBe(1e9);
    expect(quantityValue('1e3')).toBe(1000);
  });
  it('orders a request and a limit written with different suffixes', () => {
    expect(quantityValue('1Gi')!).toBeGreaterThan(quantityValue('1000Mi')!);
    expect(quantityValue('1500m')!).toBeLessThan(quantityValue('2')!);
  });
  it('is undefined for text that is not a quantity', () => {
    expect(quantityValue('1 core')).toBeUndefined();
  });
});
