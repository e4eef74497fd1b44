/**
 * "Touch one post" for the rebuild benchmark without altering the cached archive (which is
 * reused across runs and may be shared): an overlay folder whose entries are symbolic links to
 * the archive's, except along the path of one post, which is a real copy with its title
 * changed. The pipeline follows the links and stats their targets, so every other post has
 * the same relative path, size and times as in the archive, and a cached build of the archive
 * into the same bundle folder sees exactly one changed post.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The first post in name order, depth first, and the overlay with it touched. Returns its relative path. */
export function overlayWithTouchedPost(archive: string, overlay: string): string {
  rmSync(overlay, { recursive: true, force: true });
  const chain: string[] = [];
  const find = (dir: string): boolean => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.isFile() && entry.name.endsWith('.md')) return chain.push(entry.name) > 0;
      if (entry.isDirectory()) {
        chain.push(entry.name);
        if (find(join(dir, entry.name))) return true;
        chain.pop();
      }
    }
    return false;
  };
  if (!find(archive)) throw new Error(`no post in ${archive}`);

  let source = resolve(archive);
  let target = resolve(overlay);
  for (const [depth, name] of chain.entries()) {
    mkdirSync(target, { recursive: true });
    for (const entry of readdirSync(source)) {
      if (entry !== name) symlinkSync(join(source, entry), join(target, entry));
    }
    source = join(source, name);
    target = join(target, name);
    if (depth === chain.length - 1) copyFileSync(source, target);
  }
  const text = readFileSync(target, 'utf8');
  const touched = text.replace(/^title:[ \t]*(.*)$/m, (_line, value: string) => {
    const quote = value[0] === "'" || value[0] === '"' ? value[0] : '';
    return quote && value.endsWith(quote) && value.length > 1
      ? `title: ${value.slice(0, -1)}（修订）${quote}`
      : `title: ${value}（修订）`;
  });
  if (touched === text) throw new Error(`no title line in ${target}`);
  writeFileSync(target, touched);
  return chain.join('/');
}
