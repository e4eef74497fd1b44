/**
 * The error catalogue: every message the pipeline puts in the report, by a stable code. Each
 * entry says whether the failure is transient (of the moment, not of the file: the build cache
 * never keeps it, so the next build tries again), what it means for the reader, what to do
 * about it, and builds the message's text. Code decides by the code, never by the text.
 * README.md lists the codes (checked by codes.test.ts).
 */
import { quote } from '../process/post/quote.ts';

interface CodeEntry<Args extends unknown[]> {
  transient: boolean;
  /** What the reader shows (or misses) because of it. */
  meaning: string;
  /** What to do about it. */
  action: string;
  text: (...args: Args) => string;
}

// Each entry's `text` is typed by its own arguments; the table only checks the rest.
const entry = <Args extends unknown[]>(e: CodeEntry<Args>) => e;

const q = (text: string) => JSON.stringify(text);

/** At most this many missing image URLs are quoted in one message. */
const MISSING_IMAGES_QUOTED = 5;

function missingImages(urls: readonly string[]): string {
  const distinct = [...new Set(urls)];
  const quoted = distinct.slice(0, MISSING_IMAGES_QUOTED).map((u) => quote(u)).join(', ');
  const more = distinct.length > MISSING_IMAGES_QUOTED ? ` and ${distinct.length - MISSING_IMAGES_QUOTED} more` : '';
  return `${distinct.length === 1 ? 'image' : `${distinct.length} images`} not found in the archive: ${quoted}${more}; dropped`;
}

export const CATALOGUE = {
  // ---- the post is skipped ----
  'file-empty': entry({
    transient: false, meaning: 'empty file', action: 'delete it or write the post',
    text: (onlyWhitespace: boolean) => (onlyWhitespace ? 'empty file (only whitespace)' : 'empty file'),
  }),
  'file-binary': entry({
    transient: false, meaning: 'not a text file', action: 'remove it, or save it as UTF-8',
    text: (invalidShare: number | null) =>
      invalidShare === null ? 'binary file (contains NUL bytes)' : `binary file (${invalidShare}% of characters are not valid UTF-8)`,
  }),
  'front-matter-missing': entry({
    transient: false, meaning: 'no `---` block', action: 'open and close the front matter with `---`',
    text: (unclosed: boolean) =>
      unclosed ? "front matter never closed (no '---' line after the opening one)" : "no front matter (expected a '---' block at the top)",
  }),
  'yaml-unrecoverable': entry({
    transient: false, meaning: 'no readable field', action: 'write `key: value` lines',
    text: (problem: string) => `${problem} and has no key: value lines`,
  }),
  'title-none': entry({
    transient: false, meaning: 'nothing to call it', action: 'give it a title',
    text: (problem: string) => `${problem}, the body has no text and the file name is blank; nothing to call the article`,
  }),
  'file-unreadable': entry({
    transient: true, meaning: 'file not readable', action: 'check permissions',
    text: (detail: string) => `file not readable: ${detail}`,
  }),
  'processing-failed': entry({
    transient: true, meaning: 'the pipeline failed', action: 'report a bug with the file',
    text: (detail: string) => `processing failed: ${detail}`,
  }),
  'worker-failed': entry({
    transient: true, meaning: 'a worker thread died', action: 'report a bug with the file',
    text: (detail: string) => `worker failed: ${detail}`,
  }),
  'article-not-written': entry({
    transient: true, meaning: 'output not written', action: 'check disk space',
    text: (detail: string) => `article not written: ${detail}`,
  }),
  'folder-unreadable': entry({
    transient: true, meaning: 'the folder\'s posts are missing', action: 'check permissions',
    text: (detail: string) => `directory not readable: ${detail}`,
  }),
  'link-not-followed': entry({
    transient: false, meaning: 'the link\'s target is missing', action: 'link to a file in the archive',
    text: (detail: string | null) =>
      detail === null ? 'symbolic link loop: the link leads back to a folder that contains it; not followed' : `link not followed: ${detail}`,
  }),
  'not-a-file': entry({
    transient: false, meaning: 'not read (pipe, device…)', action: 'remove it',
    text: (kind: string) => `not a regular file (${kind}); not read`,
  }),
  'image-not-copied': entry({
    transient: true, meaning: 'the image is missing', action: 'check the file; rename NFC/NFD twins',
    text: (detail: string | null) =>
      detail === null ? 'image not copied: another image has the same path once Unicode-normalized (NFC)' : `image not copied: ${detail}`,
  }),
  // ---- the article is kept, with a warning ----
  'utf8-invalid': entry({
    transient: false, meaning: 'some characters show as �', action: 'save the file as UTF-8',
    text: (replaced: number) => `file is not valid UTF-8: ${replaced} invalid byte sequence(s) replaced with U+FFFD`,
  }),
  'yaml-invalid': entry({
    transient: false, meaning: 'fields read line by line', action: 'fix the YAML (often quotes in a title)',
    text: (problem: string) => `${problem}; fields recovered line by line`,
  }),
  'key-duplicate': entry({
    transient: false, meaning: 'the last value is used', action: 'keep one line per key',
    text: (key: string) => `key "${key}" appears more than once; the last one was used`,
  }),
  'yaml-line-differs': entry({
    transient: false, meaning: 'the value as written is used', action: 'quote the value',
    text: (key: string, yaml: string | null, line: string) =>
      yaml === null
        ? `${key}: YAML reads it as empty, but its line says ${line}; value taken from the line`
        : `${key}: YAML reads ${yaml} but the line says ${line}; the line was used`,
  }),
  'title-empty': entry({
    transient: false, meaning: 'title from the body or file name', action: 'give it a title',
    text: (problem: string, from: 'body' | 'file name', used: string) =>
      from === 'body' ? `${problem}; used the start of the body ${used}` : `${problem} and the body has no text; used the file name ${used}`,
  }),
  'title-too-long': entry({
    transient: false, meaning: 'title cut, ends with "…"', action: 'shorten it',
    text: (length: number, kept: number) => `title is ${length} characters long; cut to the first ${kept} and "…"`,
  }),
  'date-missing': entry({
    transient: false, meaning: 'undated: listed last, no day', action: 'add a date',
    text: (empty: boolean) => `date is ${empty ? 'empty' : 'missing'}; article kept as undated`,
  }),
  'date-unparsed': entry({
    transient: false, meaning: 'undated: listed last, no day', action: 'write `YYYY-MM-DD HH:mm:ss`',
    text: (date: string, why: string) => `date ${date} ${why}; article kept as undated`,
  }),
  'category-invalid': entry({
    transient: false, meaning: 'fewer categories', action: 'write a list of names',
    text: (entry: number | null, problem: string = '') =>
      entry === null ? 'categories is neither a list nor a name; article kept without category' : `categories entry ${entry} ${problem}`,
  }),
  'category-too-deep': entry({
    transient: false, meaning: 'only 3 levels kept', action: 'use at most 3 levels',
    text: (levels: number, kept: number, dropped: string) => `categories has ${levels} levels; kept the first ${kept} and dropped ${dropped}`,
  }),
  'author-not-text': entry({
    transient: false, meaning: 'no author shown', action: 'write it as text',
    text: () => 'author is not text; article kept without author',
  }),
  'body-too-long': entry({
    transient: false, meaning: 'the end of the body is cut', action: 'split the post',
    text: (length: number, kept: number) => `body is ${length} characters long; only the first ${kept} were kept`,
  }),
  'body-too-deep': entry({
    transient: false, meaning: 'deep markup flattened, text kept', action: 'none needed',
    text: (depth: number, max: number) => `body HTML is nested ${depth} levels deep; tags below level ${max} were unwrapped, their text kept`,
  }),
  'image-missing': entry({
    transient: false, meaning: 'an image or thumbnail is not shown', action: 'add the image or fix its path',
    text: (missing: { urls: readonly string[] } | { key: string; url: string }) =>
      'urls' in missing ? missingImages(missing.urls) : `${missing.key} ${quote(missing.url)} is not found in the archive; ignored`,
  }),
  'url-invalid': entry({
    transient: false, meaning: 'no thumbnail', action: 'use an http(s) or relative URL',
    text: (key: string, url: string) => `${key} ${quote(url)} is not an http(s) or relative URL; ignored`,
  }),
  'id-collision': entry({
    transient: false, meaning: 'a longer id (link) than usual', action: 'none needed',
    text: (others: string[] | null) =>
      others === null
        ? 'another file has the same path once Unicode-normalized (NFC); both got longer ids to stay unique'
        : `same id as ${others.map(q).join(', ')}; both got longer ids to stay unique`,
  }),
  'search-unindexed': entry({
    transient: false, meaning: 'search does not find it', action: 'rebuild',
    text: (reason: string) => `not in the search index: its article file could not be read (${reason})`,
  }),
} as const;

export type Code = keyof typeof CATALOGUE;

/** A report message: its text, as the report and the console show it, and its code. */
export interface Message {
  code: Code;
  text: string;
}

type ArgsOf<C extends Code> = Parameters<(typeof CATALOGUE)[C]['text']>;

/** The message of `code`, its text built by the catalogue. */
export function message<C extends Code>(code: C, ...args: ArgsOf<C>): Message {
  const text = CATALOGUE[code].text as (...a: ArgsOf<C>) => string;
  return { code, text: text(...args) };
}

/** The report's `messages` (texts) and `codes` of a file, in the same order. */
export function reportMessages(messages: readonly Message[]): { messages: string[]; codes: Code[] } {
  return { messages: messages.map((m) => m.text), codes: messages.map((m) => m.code) };
}

/** A failure of the moment, not of the file: the build cache does not keep it. */
export const isTransient = (code: Code) => CATALOGUE[code].transient;
