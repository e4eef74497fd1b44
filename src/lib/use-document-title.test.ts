import { describe, expect, it } from 'vitest';
import { titleWithSite } from './use-document-title.ts';

describe('titleWithSite', () => {
  it('joins the view and the site name', () => {
    expect(titleWithSite('财经', '新闻存档')).toBe('财经 · 新闻存档');
  });
  it('is the site name alone for a view without a name', () => {
    expect(titleWithSite(null, '新闻存档')).toBe('新闻存档');
    expect(titleWithSite('', '新闻存档')).toBe('新闻存档');
  });
  it('is the view alone while the site name is not loaded', () => {
    expect(titleWithSite('找不到页面', undefined)).toBe('找不到页面');
  });
});
