import { describe, expect, it } from 'vitest';
import { recoverFrontMatter, unquote } from './recover-front-matter.ts';

describe('unquote', () => {
  it.each([
    [`"""""""'SP'"""""""`, `""""""'SP'""""""`],
    [`'It''s'`, `It's`],
    [`'a'' b' c'`, `a'' b' c`],
    [`'We are not the virus'_ Hundreds`, `'We are not the virus'_ Hundreds`],
    [`"a"`, 'a'],
    [`'`, `'`],
    [`plain`, 'plain'],
  ])('%s -> %s', (raw, text) => {
    expect(unquote(raw).text).toBe(text);
  });
});

describe('recoverFrontMatter', () => {
  it('reads key lines, continuation lines and list items', () => {
    const { fields, duplicates } = recoverFrontMatter(
      'title: 2021年 割引\n\n衣装 PSD\ncategories: \n    - 二次元\n    - \'DL site\'\nthumbnail: \'\'\ndate: 2021-03-23 10:00:00\n',
    );
    expect(Object.fromEntries(fields)).toEqual({
      title: { kind: 'scalar', text: '2021年 割引 衣装 PSD', quoted: false },
      categories: { kind: 'list', items: ['二次元', 'DL site'] },
      thumbnail: { kind: 'scalar', text: '', quoted: true },
      date: { kind: 'scalar', text: '2021-03-23 10:00:00', quoted: false },
    });
    expect(duplicates).toEqual([]);
  });

  it('reads an inline category list', () => {
    expect(recoverFrontMatter('categories: [a, "b c"]').fields.get('categories')).toEqual({ kind: 'list', items: ['a', 'b c'] });
  });

  it('keeps the last of duplicate keys and reports them', () => {
    const { fields, duplicates } = recoverFrontMatter('title: a\ntitle: b\n');
    expect(fields.get('title')).toEqual({ kind: 'scalar', text: 'b', quoted: false });
    expect(duplicates).toEqual(['title']);
  });
});
