import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './split-front-matter.ts';

describe('splitFrontMatter', () => {
  it('splits front matter from the body', () => {
    expect(splitFrontMatter('---\ntitle: a\n---\n<p>b</p>\n')).toEqual({ ok: true, frontMatter: 'title: a\n', body: '<p>b</p>\n' });
  });

  it('allows blank lines before the opening fence and normalises CRLF', () => {
    expect(splitFrontMatter('\r\n \r\n---\r\ntitle: a\r\n---\r\nb')).toEqual({ ok: true, frontMatter: 'title: a\n', body: 'b' });
  });

  it('accepts a closing fence at the very end of the file', () => {
    expect(splitFrontMatter('---\ntitle: a\n---')).toEqual({ ok: true, frontMatter: 'title: a\n', body: '' });
  });

  it('does not take a `----` rule or `--- x` as a fence', () => {
    expect(splitFrontMatter('---\ntitle: a\n----\n--- x\n')).toEqual({
      ok: false,
      reason: { code: 'front-matter-missing', text: "front matter never closed (no '---' line after the opening one)" },
    });
  });

  it('refuses text that does not start with a fence', () => {
    expect(splitFrontMatter('title: a\n---\n')).toEqual({ ok: false, reason: { code: 'front-matter-missing', text: "no front matter (expected a '---' block at the top)" } });
  });
});
