import { formatBytes, imageDataUrl, prettyJson } from './artifact-format';

describe('artifact formatting', () => {
  it('writes sizes in B, KB, MB with one decimal', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(64 * 1024)).toBe('64.0 KB');
    expect(formatBytes(1_048_576)).toBe('1.0 MB');
    expect(formatBytes(5.5 * 1024 ** 3)).toBe('5.5 GB');
    expect(formatBytes(-1)).toBe('-');
  });

  it('indents JSON, and gives nothing for text that is not whole JSON', () => {
    expect(prettyJson('{"a":[1,2]}')).toBe('{\n  "a": [\n    1,\n    2\n  ]\n}');
    expect(prettyJson('{"a":')).toBeUndefined();
  });

  it('makes a base64 data URL of the bytes', () => {
    expect(imageDataUrl(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'image/png')).toBe(
      'data:image/png;base64,iVBORw==',
    );
  });
});
