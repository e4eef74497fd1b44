/** Writes Hexo front matter the way the real feed archives do, including their broken forms. */

export interface FrontMatterFields {
  /** `'old'`: `post/` layouts, items indented `    - `. `'new'`: `source/_posts`, items indented ` - `. */
  style: 'old' | 'new';
  /** Text written after `title: ` exactly as given (see `yamlTitle`). */
  titleText: string;
  /** null writes an empty item (YAML null); '' writes `''`. */
  categories: (string | null)[];
  /** The three-level `post/` layout leaves a blank line after the list. */
  blankAfterCategories: boolean;
  headimg?: string;
  author: string;
  /** Written as is: RFC 1123, naive, or `Invalid Date`. */
  date: string;
  /** undefined: no line; null: a bare `thumbnail: `; a string is quoted when `quoteUrls`. */
  thumbnail: string | null | undefined;
  /** Old `post/<cat>/T` files write URLs unquoted; the rest single-quote them. */
  quoteUrls: boolean;
}

function singleQuoted(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * The title as the archives write it: plain when safe (or when `forcePlain`), single-quoted
 * by default in newer layouts, double-quoted when it holds `'`, and in the archives' broken
 * style when it holds both quote kinds.
 */
export function yamlTitle(title: string, mode: 'plain' | 'quoted', brokenQuotes = false): string {
  const hasSingle = title.includes("'");
  const hasDouble = title.includes('"');
  if (hasSingle && hasDouble && brokenQuotes) return brokenQuoted(title);
  // The archives write an empty plain title as `title:  ` (YAML null).
  if (title === '') return mode === 'plain' ? '' : "''";
  if (mode === 'plain') {
    return title.replace(/\n/g, `\n${' '.repeat(20)}\n${' '.repeat(18)}`);
  }
  if (hasSingle && !hasDouble) return `"${title.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}"`;
  if (hasSingle && hasDouble) {
    return `"${title.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
  }
  return singleQuoted(title).replace(/\n/g, '\n\n');
}

/** `"""""""'text'"""""""`: what the archive tooling wrote for titles with both quote kinds. */
export function brokenQuoted(title: string): string {
  const q = '"'.repeat(7);
  return `${q}'${title}'${q}`;
}

export function renderFrontMatter(f: FrontMatterFields): string {
  const indent = f.style === 'old' ? '    - ' : ' - ';
  const url = (u: string) => (f.quoteUrls ? singleQuoted(u) : u);
  let out = '\n---\n';
  out += f.titleText === '' ? 'title:  \n' : `title: ${f.titleText}\n`;
  out += 'categories: \n';
  for (const c of f.categories) out += c === null ? `${indent}\n` : `${indent}${c === '' ? "''" : c}\n`;
  if (f.blankAfterCategories) out += '\n';
  if (f.headimg !== undefined) out += `headimg: ${url(f.headimg)}\n`;
  out += `author: ${f.author}\ncomments: false\ndate: ${f.date}\n`;
  if (f.thumbnail === null) out += 'thumbnail: \n';
  else if (f.thumbnail !== undefined) out += `thumbnail: ${f.thumbnail === '' ? "''" : url(f.thumbnail)}\n`;
  out += '---\n';
  return out;
}
