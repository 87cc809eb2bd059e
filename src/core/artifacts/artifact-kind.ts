/**
 * What an artifact can be shown as, decided from its name and then checked against its first
 * bytes: a file named .png that does not start like a PNG is not handed to <img>, a file named
 * .csv that holds binary is not shown as text. SVG and HTML are shown as their source text only:
 * both can carry script (an SVG opened as a document runs its <script>, HTML is a page), and the
 * tab never renders content it did not make.
 */

export type ArtifactKind =
  'csv' | 'tsv' | 'json' | 'yaml' | 'mlmodel' | 'text' | 'html' | 'svg' | 'image' | 'binary';

/** The image formats shown as images: raster formats that cannot carry script. */
export type ImageType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';

/** Text-like previews read this much from the start of the file. */
export const TEXT_PREVIEW_BYTES = 64 * 1024;
/** Images are shown whole, up to this size; larger ones are download-only. */
export const IMAGE_PREVIEW_BYTES = 5 * 1024 * 1024;
/** Rows of a CSV preview. */
export const CSV_PREVIEW_ROWS = 100;

const BY_EXTENSION: Readonly<Record<string, ArtifactKind>> = {
  csv: 'csv',
  tsv: 'tsv',
  json: 'json',
  jsonl: 'text',
  yaml: 'yaml',
  yml: 'yaml',
  html: 'html',
  htm: 'html',
  svg: 'svg',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  webp: 'image',
  txt: 'text',
  md: 'text',
  log: 'text',
  py: 'text',
  ini: 'text',
  cfg: 'text',
  toml: 'text',
  xml: 'text',
  sh: 'text',
  r: 'text',
  sql: 'text',
  ipynb: 'json',
  // Known binary formats: download only, never read for a preview.
  pkl: 'binary',
  pickle: 'binary',
  joblib: 'binary',
  pt: 'binary',
  pth: 'binary',
  bin: 'binary',
  onnx: 'binary',
  h5: 'binary',
  keras: 'binary',
  parquet: 'binary',
  npy: 'binary',
  npz: 'binary',
  zip: 'binary',
  gz: 'binary',
  tar: 'binary',
  safetensors: 'binary',
  pb: 'binary',
  pdf: 'binary',
  ubj: 'binary',
};

export const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** The kind a file's name suggests; undefined when the name says nothing (then its bytes decide). */
export const kindByName = (path: string): ArtifactKind | undefined => {
  const name = baseName(path);
  if (name === 'MLmodel') return 'mlmodel';
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return undefined;
  return BY_EXTENSION[name.slice(dot + 1).toLowerCase()];
};

/** How many bytes a preview of this file needs; 0: none (download only). */
export const previewLimitFor = (path: string): number => {
  const kind = kindByName(path);
  if (kind === 'binary') return 0;
  return kind === 'image' ? IMAGE_PREVIEW_BYTES : TEXT_PREVIEW_BYTES;
};

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length &&
  signature.every((byte, index) => bytes[offset + index] === byte);

/** The image format of these bytes by their magic number, if one of the shown ones. */
export const imageTypeOf = (bytes: Uint8Array): ImageType | undefined => {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp';
  return undefined;
};

/**
 * Whether bytes read as UTF-8 text: no NUL byte and valid UTF-8, where a multi-byte character cut
 * off by the byte limit at the very end is allowed.
 */
export const looksLikeText = (bytes: Uint8Array): boolean => {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
};

/** UTF-8 text of (the start of) a file; a character cut off at the end is left out. */
export const decodeText = (bytes: Uint8Array): string =>
  new TextDecoder('utf-8').decode(bytes, { stream: true }).replace(/^\uFEFF/u, '');

const sniffMarkup = (bytes: Uint8Array): ArtifactKind | undefined => {
  const start = decodeText(bytes.subarray(0, 1024)).trimStart().toLowerCase();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg[\s>]/u.test(start)) return 'svg';
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html';
  return undefined;
};

/** The kind to show, from the name and the first bytes (see the file comment). */
export const detectArtifactKind = (path: string, head: Uint8Array): ArtifactKind => {
  const named = kindByName(path);
  if (named === 'binary') return 'binary';
  if (named === 'image') return imageTypeOf(head) ? 'image' : 'binary';
  if (named !== undefined) return looksLikeText(head) ? named : 'binary';
  if (imageTypeOf(head)) return 'image';
  if (!looksLikeText(head)) return 'binary';
  return sniffMarkup(head) ?? 'text';
};
