/** File names of posts, made from titles the way the real archives make them. */

/** Long titles are cut so names stay under common file-system limits (255 bytes). */
const MAX_NAME_BYTES = 180;

/**
 * Line breaks are dropped (the indentation around them stays, as runs of spaces); `/`, `\`
 * and `:` become `_`. Quotes, `%`, `#`, spaces and full-width characters are kept.
 * An empty title gives an empty name, i.e. the file `.md`, as in the real archives.
 */
export function fileNameFromTitle(title: string): string {
  let name = title.replace(/[\r\n]/g, '').replace(/[/\\:]/g, '_');
  // Other control characters are not allowed in Windows names and mean nothing here.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  name = name.replace(/[\u0000-\u001f\u007f]/g, '');
  if (Buffer.byteLength(name) > MAX_NAME_BYTES) {
    let cut = '';
    for (const ch of name) {
      if (Buffer.byteLength(cut + ch) > MAX_NAME_BYTES) break;
      cut += ch;
    }
    name = cut;
  }
  return name;
}

/**
 * Hands out unique `<folder>/<name>.md` paths: a repeated name gets `-2`, `-3`, ...
 * Compared case-insensitively so the archive also checks out on macOS and Windows.
 */
export class UniquePaths {
  private readonly taken = new Set<string>();

  claim(folder: string, name: string): string {
    let candidate = `${folder}/${name}.md`;
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n++) candidate = `${folder}/${name}-${n}.md`;
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}
