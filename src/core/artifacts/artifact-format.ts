/** Sizes as people read them (1024-based, one decimal from KB up), and JSON made readable. */

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

export const formatBytes = (bytes: number): string => {
  if (!Number.isFinite(bytes) || bytes < 0) return '-';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${String(value)} B` : `${value.toFixed(1)} ${UNITS[unit]}`;
};

/** JSON indented by two spaces, or undefined when the text is not (whole) JSON. */
export const prettyJson = (text: string): string | undefined => {
  try {
    return JSON.stringify(JSON.parse(text) as unknown, null, 2);
  } catch {
    return undefined;
  }
};

/**
 * A `data:` URL for image bytes of a checked raster type. Not a blob: URL, because the console's
 * Content-Security-Policy allows images from 'self' and data: only.
 */
export const imageDataUrl = (bytes: Uint8Array, type: string): string => {
  let binary = '';
  const step = 0x8000;
  for (let offset = 0; offset < bytes.length; offset += step) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + step));
  }
  return `data:${type};base64,${btoa(binary)}`;
};
