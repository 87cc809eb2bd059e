import { contrastRatio, parseRgb } from './contrast';

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).toBeCloseTo(21, 5);
    expect(contrastRatio('rgb(21, 21, 21)', 'rgb(21, 21, 21)')).toBe(1);
  });

  it("gives the console's white-on-blue kind badge its measured 2.99, whichever comes first", () => {
    expect(contrastRatio('rgb(255, 255, 255)', 'rgb(43, 154, 243)')).toBeCloseTo(2.99, 2);
    expect(contrastRatio('rgb(43, 154, 243)', 'rgb(255, 255, 255)')).toBeCloseTo(2.99, 2);
  });

  it('reads rgba() and refuses what is not a computed colour', () => {
    expect(parseRgb('rgba(10, 20, 30, 0.5)')).toEqual([10, 20, 30]);
    expect(() => parseRgb('var(--pf-t--global--text--color--subtle)')).toThrow(/not a computed/);
  });
});
