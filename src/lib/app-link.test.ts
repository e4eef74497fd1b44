import { describe, expect, it } from 'vitest';
import { appHref } from './app-link.tsx';

describe('appHref', () => {
  it('writes the path under the base path, with the search as the router writes it', () => {
    expect(appHref('/', {})).toBe('/');
    expect(appHref('/', { category: '金融/新浪财经', from: '2021-01-01', q: undefined })).toBe('/?category=金融/新浪财经&from=2021-01-01');
    expect(appHref('/articles/abc123', { category: 'A&B', starred: 1 })).toBe('/articles/abc123?category=A%26B&starred=1');
  });
});
