import { describe, expect, it } from 'vitest';
import { isWebImageUrl } from './web-image-url.ts';

const base = 'https://reader.example/news/articles/abc';

describe('isWebImageUrl', () => {
  it.each([
    ['https://img.example/a.jpg', true],
    ['http://img.example/a.jpg', true],
    ['/news/data/assets/a.png', true],
    ['./data/assets/a.png', true],
    ['//img.example/a.jpg', true],
    ['javascript:alert(1)', false],
    [' JaVaScRiPt:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['data:image/svg+xml,<svg onload=alert(1)>', false],
    ['vbscript:msgbox(1)', false],
    ['blob:https://reader.example/1', false],
    ['http://[bad', false],
  ])('%s -> %s', (url, ok) => {
    expect(isWebImageUrl(url, base)).toBe(ok);
  });
});
