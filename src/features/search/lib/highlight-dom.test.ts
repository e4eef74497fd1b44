// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { highlightRanges } from '../../../search/highlight.ts';
import { parseQuery } from '../../../search/query.ts';
import { highlightInDom } from './highlight-dom.ts';

describe('highlightInDom', () => {
  it('wraps matches in text nodes, leaves markup alone, and undoes itself', () => {
    const root = document.createElement('div');
    const html = '<p>北京<a href="/x">冬奥会</a>在北京举行，&lt;b&gt;北京&lt;/b&gt;</p>';
    root.innerHTML = html;
    const { terms } = parseQuery('北京 <b>');
    const undo = highlightInDom(root, { key: '', ranges: (text) => highlightRanges(text, terms) });
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['北京', '北京', 'b', '北京', 'b']);
    expect(root.querySelector('a')?.getAttribute('href')).toBe('/x');
    expect(root.querySelectorAll('b').length).toBe(0);
    undo();
    expect(root.innerHTML).toBe(html);
  });

  it('marks a Traditional match of a Simplified query as written', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>3人打針後　醫生：正常</p>';
    const { terms } = parseQuery('医生');
    highlightInDom(root, { key: '', ranges: (text) => highlightRanges(text, terms) });
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['醫生']);
  });
});
