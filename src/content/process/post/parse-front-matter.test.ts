import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from './parse-front-matter.ts';

describe('parseFrontMatter', () => {
  it('keeps every scalar as the text written (failsafe schema)', () => {
    expect(parseFrontMatter('title: 1.50\ndate: 2021-03-23 10:00:00\ncomments: false\n')).toEqual({
      ok: true,
      fields: { title: '1.50', date: '2021-03-23 10:00:00', comments: 'false' },
      messages: [],
    });
  });

  it('takes the last of duplicate keys and warns', () => {
    expect(parseFrontMatter('title: a\ndate: x\ntitle: b\n')).toEqual({
      ok: true,
      fields: { title: 'b', date: 'x' },
      messages: [{ code: 'key-duplicate', text: 'key "title" appears more than once; the last one was used' }],
    });
  });

  it('recovers every field line by line when the YAML is invalid', () => {
    expect(parseFrontMatter(`title: "a" 'b'"\ncategories: \n - x\ndate: 2021-03-23\n`)).toEqual({
      ok: true,
      fields: { title: `a" 'b'`, categories: ['x'], date: '2021-03-23' },
      messages: [{ code: 'yaml-invalid', text: 'front matter is not valid YAML (Unexpected single-quoted-scalar at node end); fields recovered line by line' }],
    });
  });

  it('treats empty front matter as a mapping with no fields', () => {
    expect(parseFrontMatter('')).toEqual({ ok: true, fields: {}, messages: [] });
  });
});
