import {
  detectArtifactKind,
  imageTypeOf,
  kindByName,
  looksLikeText,
  previewLimitFor,
  TEXT_PREVIEW_BYTES,
} from './artifact-kind';

const bytes = (text: string) => new TextEncoder().encode(text);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const WEBP = new Uint8Array([...bytes('RIFF'), 0, 0, 0, 0, ...bytes('WEBPVP8 ')]);

describe('artifact kinds', () => {
  it('names the kind by file name, MLmodel included, case-insensitively', () => {
    expect(kindByName('model/MLmodel')).toBe('mlmodel');
    expect(kindByName('data/Predictions.CSV')).toBe('csv');
    expect(kindByName('a.yml')).toBe('yaml');
    expect(kindByName('plots/a.svg')).toBe('svg');
    expect(kindByName('model.pkl')).toBe('binary');
    expect(kindByName('LICENSE')).toBeUndefined();
    expect(kindByName('.hidden')).toBeUndefined();
  });

  it('reads nothing for known binary files and more for images than for text', () => {
    expect(previewLimitFor('model.pkl')).toBe(0);
    expect(previewLimitFor('a.csv')).toBe(TEXT_PREVIEW_BYTES);
    expect(previewLimitFor('a.png')).toBeGreaterThan(TEXT_PREVIEW_BYTES);
  });

  it('recognises the shown image formats by their first bytes only', () => {
    expect(imageTypeOf(PNG)).toBe('image/png');
    expect(imageTypeOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(imageTypeOf(bytes('GIF89a'))).toBe('image/gif');
    expect(imageTypeOf(WEBP)).toBe('image/webp');
    expect(imageTypeOf(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
  });

  it('does not show a file named .png that is not a PNG as an image', () => {
    expect(detectArtifactKind('plot.png', bytes('<svg onload="alert(1)"/>'))).toBe('binary');
    expect(detectArtifactKind('plot.png', PNG)).toBe('image');
  });

  it('shows SVG and HTML as text kinds, also when their name says nothing', () => {
    expect(detectArtifactKind('diagram.svg', bytes('<svg><script>x</script></svg>'))).toBe('svg');
    expect(detectArtifactKind('diagram', bytes('<?xml version="1.0"?>\n<svg width="1">'))).toBe(
      'svg',
    );
    expect(detectArtifactKind('page', bytes('<!DOCTYPE html><html>'))).toBe('html');
    expect(detectArtifactKind('report.htm', bytes('<p>x</p>'))).toBe('html');
  });

  it('treats binary content as binary whatever the name, and unnamed text as text', () => {
    expect(detectArtifactKind('data.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe(
      'binary',
    );
    expect(detectArtifactKind('LICENSE', bytes('MIT License'))).toBe('text');
    expect(detectArtifactKind('model/MLmodel', bytes('flavors:\n'))).toBe('mlmodel');
  });

  it('accepts UTF-8 cut inside a character at the byte limit, not invalid UTF-8', () => {
    const euro = bytes('price €');
    expect(looksLikeText(euro.subarray(0, euro.length - 1))).toBe(true);
    expect(looksLikeText(new Uint8Array([0x61, 0xff, 0x62]))).toBe(false);
  });
});
