import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, parseDocument } from 'yaml';
import { simpleFrontMatter } from './simple-front-matter.ts';
import { splitFrontMatter } from './split-front-matter.ts';

/** What the YAML library reads (failsafe schema, as parse-front-matter.ts), or null when it finds a problem. */
function yamlFields(frontMatter: string): unknown {
  const doc = parseDocument(frontMatter, { schema: 'failsafe', uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0 || !(doc.contents === null || isMap(doc.contents))) return null;
  return doc.contents === null ? {} : doc.toJS();
}

const repoRoot = resolve(import.meta.dirname, '../../../..');
const archives = [
  join(repoRoot, 'content'),
  join(import.meta.dirname, 'fixtures'),
  [resolve(repoRoot, '../shared/corpus/rsshub-page'), '/work/shared/corpus/rsshub-page'].find((dir) => existsSync(dir)),
].filter((dir): dir is string => dir !== undefined && existsSync(dir));

function frontMatters(dir: string): [string, string][] {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith('.md')).sort();
  return files.flatMap((file): [string, string][] => {
    const split = splitFrontMatter(readFileSync(join(dir, file), 'utf8'));
    return split.ok ? [[file, split.frontMatter]] : [];
  });
}

describe('the fast path for plain front matter', () => {
  it.each(archives)('reads every post of %s as the YAML library does, or leaves it to the library', (dir) => {
    const cases = frontMatters(dir);
    expect(cases.length).toBeGreaterThan(0);
    let fast = 0;
    for (const [file, frontMatter] of cases) {
      const fields = simpleFrontMatter(frontMatter);
      if (fields === null) continue;
      fast++;
      expect({ file, fields }).toEqual({ file, fields: yamlFields(frontMatter) });
    }
    // Not a vacuous comparison: the plain posts of the real archives do take the fast path.
    if (!dir.endsWith('fixtures')) expect(fast).toBeGreaterThan(cases.length / 2);
  });

  it('matches the library on values that look plain but are not, or declines them', () => {
    const samples = [
      'title: a\ncategories: \n    - x\n    - y - z\nthumbnail: \n',
      'c:\n- q\n- r\n',
      'title: null\ndate: 2021-03-23 10:00:00\ncomments: false\nn: 1.50\n',
      'title: a # comment\n',
      'title: a: b\n',
      'title: a:\n',
      'title: &x a\n',
      "title: 'quoted'\n",
      "title: 'it''s: #1'  \n",
      "title: ''\n",
      "title: 'a' b\n",
      "title: 'a'b'\n",
      'title: "双引号: #2"\n',
      'title: "a\\"b"\n',
      "categories:\n  - '引号'\n  - \"b\"\n",
      'title: [a, b]\n',
      'title: -a\n',
      'title: a\ntitle: b\n',
      'title: a\n  continued\n',
      'title: a\t\n',
      'title: 　全角空格开头\n',
      'title: 结尾全角空格　\n',
      'title: a   \n',
      'categories:\n  - a\n - b\n',
      'categories:\n  - \n',
      'a: x\n\nb: y\n',
      'a: x\n   \nb: y\n',
      'title: 50% 的人\n',
      "title: It's {ok}\n",
      '__proto__: x\n',
    ];
    let declined = 0;
    for (const frontMatter of samples) {
      const fields = simpleFrontMatter(frontMatter);
      if (fields === null) declined++;
      else expect({ frontMatter, fields }).toEqual({ frontMatter, fields: yamlFields(frontMatter) });
    }
    expect(declined).toBeGreaterThan(5);
    expect(simpleFrontMatter('title: a\ncategories: \n    - x\n    - y - z\nthumbnail: \n')).toEqual({ title: 'a', categories: ['x', 'y - z'], thumbnail: '' });
  });
});
