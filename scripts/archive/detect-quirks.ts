/** Tells which quirks a post file shows, from its bytes alone (used by the tests). */
import type { Quirk } from './quirks.ts';
import { categoryItems, frontMatterLines, normalisedText } from './read-tree.ts';

export function detectQuirks(bytes: Buffer): Set<Quirk> {
  const found = new Set<Quirk>();
  const raw = bytes.toString('utf8');
  const text = normalisedText(bytes);
  const lines = frontMatterLines(text) ?? [];
  const has = (q: Quirk, yes: boolean) => yes && found.add(q);

  has('bom', raw.startsWith('\uFEFF'));
  has('crlf', raw.includes('\r\n'));
  has('both-quotes-title', /^title: """""""'/m.test(text));
  has('at-title', /^title: '?@/m.test(text));
  has('hash-title', /^title: '?#/m.test(text));
  has('multiline-title', lines[0]?.startsWith('title:') === true && lines[1]?.startsWith('categories:') === false);
  has('invalid-date', lines.includes('date: Invalid Date'));
  has('empty-thumbnail', lines.includes("thumbnail: ''"));
  has('bare-thumbnail', lines.some((l) => /^thumbnail: ?$/.test(l)));
  has('headimg-only', lines.some((l) => l.startsWith('headimg:')) && !lines.some((l) => l.startsWith('thumbnail:')));
  const items = categoryItems(lines);
  has('null-category', items.includes(null));
  has('empty-category', items.includes("''"));
  has('qr-boilerplate', text.includes('<!-- 文末二维码 start -->') && text.includes('<style>'));
  has('iframe-marker', text.includes('<!-- 正文下iframe -->'));
  has('iframe', text.includes('<iframe'));
  has('lazy-image', text.includes(' data-src="'));
  has('brace-text', text.includes('&#123;title&#125;'));
  return found;
}
