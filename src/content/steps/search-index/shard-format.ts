/**
 * The bytes of a search shard, written in one place: `{"token":[d,d,…],…}`, exactly what
 * `JSON.stringify` gives for a `SearchShard` (src/search/index-format.ts) whose tokens are in
 * code-point order and whose posting lists are delta-encoded. Every writer of the index goes
 * through `ShardBytes`: from the parsed posts' tokens (shard-files.ts), from the article files
 * (search-index-step.ts) and when a shard is patched in place (update-shard.ts, which also
 * reads the format back with the byte constants below).
 */

export const QUOTE = 0x22;
export const COMMA = 0x2c;
export const COLON = 0x3a;
export const OPEN = 0x5b;
export const CLOSE = 0x5d;
export const BRACE_OPEN = 0x7b;
export const BRACE_CLOSE = 0x7d;
export const BACKSLASH = 0x5c;

/** A shard whose bytes are not as `ShardBytes` writes them. */
export class ShardFormatError extends Error {}

/** Bytes of a token as a JSON key, without the quotes. */
export function jsonKeyBytes(token: string): Uint8Array {
  return Buffer.from(JSON.stringify(token).slice(1, -1));
}

/**
 * A growable byte buffer that writes shard JSON straight into bytes (numbers are printed here,
 * not through strings: a large index has tens of millions of them). Two ways to use it: as an
 * encoder (`token`, `value`, `finish`), or piece by piece (`key`, `number`, `commaNumber`, `copy`,
 * `byte`) by a writer that copies most bytes from elsewhere.
 */
export class ShardBytes {
  bytes = new Uint8Array(1 << 20);
  length = 0;
  /** The next `value` is the first of its token's list. */
  private first = true;

  reserve(n: number) {
    if (this.length + n <= this.bytes.length) return;
    const next = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }

  byte(b: number) {
    this.reserve(1);
    this.bytes[this.length++] = b;
  }

  /** A non-negative integer below 2^31, as decimal digits. */
  number(n: number) {
    this.reserve(11);
    const bytes = this.bytes;
    let digits = 1;
    for (let m = n; m >= 10; m = (m / 10) | 0) digits++;
    let at = this.length + digits;
    this.length = at;
    do {
      bytes[--at] = 0x30 + (n % 10);
      n = (n / 10) | 0;
    } while (n > 0);
  }

  /** `,` and a non-negative integer below 2^31. */
  commaNumber(n: number) {
    this.reserve(12);
    this.bytes[this.length++] = COMMA;
    this.number(n);
  }

  /** Bytes source[start .. end), as they are. */
  copy(source: Uint8Array, start: number, end: number) {
    this.reserve(end - start);
    this.bytes.set(source.subarray(start, end), this.length);
    this.length += end - start;
  }

  /** `"key":[`, after `separator` unless null; the key's bytes are `key` or source[start .. end). */
  key(separator: number | null, key: Uint8Array | null, source: Uint8Array, start: number, end: number) {
    const size = key ? key.length : end - start;
    this.reserve(size + 4);
    const bytes = this.bytes;
    if (separator !== null) bytes[this.length++] = separator;
    bytes[this.length++] = QUOTE;
    if (key) bytes.set(key, this.length);
    else bytes.set(source.subarray(start, end), this.length);
    this.length += size;
    bytes[this.length++] = QUOTE;
    bytes[this.length++] = COLON;
    bytes[this.length++] = OPEN;
  }

  /** Encoder: the next token of the shard (tokens come in code-point order). */
  token(token: string) {
    if (this.length === 0) this.key(BRACE_OPEN, jsonKeyBytes(token), this.bytes, 0, 0);
    else {
      this.byte(CLOSE);
      this.key(COMMA, jsonKeyBytes(token), this.bytes, 0, 0);
    }
    this.first = true;
  }

  /** Encoder: the next number of the current token's list. */
  value(n: number) {
    if (this.first) this.number(n);
    else this.commaNumber(n);
    this.first = false;
  }

  /** Encoder: the shard's bytes; the buffer is then empty again. */
  finish(): Uint8Array {
    if (this.length === 0) this.byte(BRACE_OPEN);
    else this.byte(CLOSE);
    this.byte(BRACE_CLOSE);
    const out = this.bytes.slice(0, this.length);
    this.length = 0;
    return out;
  }
}
