/**
 * Kubernetes quantities (resource.Quantity): `500m`, `2`, `256Mi`, `1e3`. The pattern is the one
 * the MLflow CRD puts on every quantity field (storage size, resources.requests/limits), so a
 * value that passes here is one the apiserver accepts.
 */
const QUANTITY_PATTERN =
  /^(\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))))?$/;

export const isQuantity = (value: string): boolean => QUANTITY_PATTERN.test(value);

const BINARY_SUFFIXES: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

const DECIMAL_SUFFIXES: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

/**
 * The quantity's value in base units (cores, bytes), to compare a request with its limit;
 * undefined when it is not a quantity. Precise enough for comparing, not for arithmetic.
 */
export const quantityValue = (value: string): number | undefined => {
  if (!isQuantity(value)) return undefined;
  const match = /^([+-]?[0-9.]+)(.*)$/.exec(value);
  if (!match) return undefined;
  const [, number, suffix] = match;
  const base = Number(number);
  if (suffix in BINARY_SUFFIXES) return base * BINARY_SUFFIXES[suffix];
  if (suffix in DECIMAL_SUFFIXES) return base * DECIMAL_SUFFIXES[suffix];
  // An exponent: e3, E-2 (the pattern guarantees the rest is one).
  return base * 10 ** Number(suffix.slice(1));
};
