/**
 * Rewrites one shard of the previous search index for an incremental build, in one pass over
 * its bytes, without building the JSON object: every posting's row is moved to its new place
 * in the `all` list (or dropped), and the postings of re-indexed articles are merged in. The
 * output is the bytes a full build would write (`{"token":[d,d,…],…}`, tokens in code-point
 * order, delta-encoded ascending `ordinal * 2 + inTitle`).
 */
import { compareCodePoints } from '../../bundle/code-point-order.ts';
import { BACKSLASH, BRACE_CLOSE, BRACE_OPEN, CLOSE, COLON, COMMA, OPEN, QUOTE, ShardFormatError, type ShardBytes } from './shard-format.ts';

/** Postings to merge into one shard: tokens in code-point order, each with ascending values. */
export interface ShardAdditions {
  tokens: string[];
  /** UTF-8 of each token as JSON writes it between the quotes. */
  keys: Uint8Array[];
  values: Int32Array[];
}

/** Code-point order of a key in the shard (bytes start..end) and an added token. */
function compareKey(source: Uint8Array, start: number, end: number, key: Uint8Array, token: string): number {
  // UTF-8 byte order is code-point order, as long as neither side holds a JSON escape.
  const n = Math.min(end - start, key.length);
  for (let i = 0; i < n; i++) {
    const a = source[start + i];
    const b = key[i];
    if (a === BACKSLASH || b === BACKSLASH) break;
    if (a !== b) return a - b;
    if (i === n - 1) return end - start - key.length;
  }
  if (n === 0) return end - start - key.length;
  const text = JSON.parse(Buffer.from(source.subarray(start - 1, end + 1)).toString('utf8')) as string;
  return compareCodePoints(text, token);
}

/**
 * Where each row goes: `remap[ordinal]` is the row's new ordinal or -1 to drop it (kept rows
 * keep their order), and `runEnd[ordinal]` ends the run of rows from `ordinal` that all move by
 * the same amount: inside such a run a posting's delta stays the same, so its bytes are kept.
 */
export interface RowMap {
  remap: Int32Array;
  runEnd: Int32Array;
}

export function rowMap(remap: Int32Array): RowMap {
  const runEnd = new Int32Array(remap.length);
  for (let o = remap.length - 1; o >= 0; o--) {
    runEnd[o] = remap[o] >= 0 && o + 1 < remap.length && remap[o + 1] === remap[o] + 1 ? runEnd[o + 1] : o + 1;
  }
  return { remap, runEnd };
}

/** The buffer `updateShard` merges lists in, kept between calls. */
let mergeBuffer = new Int32Array(1 << 12);

/**
 * Updates one shard. Returns its postings, and whether its bytes changed: when they did, the
 * new bytes are in `out` (cleared first). Only what changes is written: a posting whose delta
 * stays the same (most of them, even when rows shift) is left as it is, and spans of unchanged
 * bytes are copied in one go.
 * Throws ShardFormatError when the bytes are not a shard as the encoder writes it.
 */
export function updateShard(source: Uint8Array, rows: RowMap, added: ShardAdditions | undefined, out: ShardBytes): { postings: number; changed: boolean } {
  const { remap, runEnd } = rows;
  out.length = 0;
  let postings = 0;
  let tokensOut = 0;
  let a = 0;
  const addCount = added ? added.tokens.length : 0;
  // out holds the updated bytes of source[0 .. copied); the rest is pending.
  let copied = 0;
  let changed = false;
  const flushTo = (q: number) => {
    changed = true;
    if (q > copied) {
      out.reserve(q - copied);
      out.bytes.set(source.subarray(copied, q), out.length);
      out.length += q - copied;
    }
    copied = q;
  };
  const fail = (what: string, at: number): never => {
    throw new ShardFormatError(`${what} at byte ${at}`);
  };
  const writeList = (values: Int32Array) => {
    let previous = 0;
    for (let j = 0; j < values.length; j++) {
      if (j > 0) out.byte(COMMA);
      out.number(values[j] - previous);
      previous = values[j];
    }
    out.byte(CLOSE);
  };
  // An added token the shard did not hold, written where the source is flushed to.
  const writeAdded = (i: number) => {
    out.key(tokensOut++ === 0 ? BRACE_OPEN : COMMA, added!.keys[i], source, 0, 0);
    writeList(added!.values[i]);
    postings += added!.values[i].length;
  };

  if (source[0] !== BRACE_OPEN) fail('no opening brace', 0);
  if (source[1] === BRACE_CLOSE) {
    if (source.length !== 2) fail('trailing bytes', 2);
    if (addCount === 0) return { postings: 0, changed: false };
    for (let i = 0; i < addCount; i++) writeAdded(i);
    out.byte(BRACE_CLOSE);
    return { postings, changed: true };
  }

  let p = 1;
  // A merged list: merged[0 .. size), in a buffer kept between calls (lists of common words
  // hold tens of thousands of rows; a plain array and Int32Array.from cost ~300 ns a row).
  let merged = mergeBuffer;
  let size = 0;
  const push = (value: number) => {
    if (size === merged.length) {
      const grown = new Int32Array(merged.length * 2);
      grown.set(merged);
      merged = mergeBuffer = grown;
    }
    merged[size++] = value;
  };
  for (;;) {
    const separator = p - 1;
    if (source[p] !== QUOTE) fail('no token', p);
    const start = p + 1;
    const end = source.indexOf(QUOTE, start);
    if (end < 0 || source[end + 1] !== COLON || source[end + 2] !== OPEN) fail('bad token', p);
    p = end + 3;
    let merge: Int32Array | null = null;
    while (a < addCount) {
      const order = compareKey(source, start, end, added!.keys[a], added!.tokens[a]);
      if (order < 0) break;
      if (order === 0) {
        merge = added!.values[a++];
        break;
      }
      flushTo(separator);
      writeAdded(a++);
    }
    // out length before this token's separator, once anything of the token was flushed.
    let tokenOut = -1;
    const needed = tokensOut === 0 ? BRACE_OPEN : COMMA;
    if (source[separator] !== needed) {
      flushTo(separator);
      tokenOut = out.length;
      out.byte(needed);
      copied = separator + 1;
    }
    let kept = 0;
    if (merge) {
      // A token the re-indexed articles hold too: decoded, merged and written whole.
      if (tokenOut < 0) {
        flushTo(separator);
        tokenOut = out.length;
        out.byte(needed);
      }
      out.key(null, null, source, start, end);
      size = 0;
      let old = 0;
      let m = 0;
      for (;;) {
        let c = source[p];
        if (c < 0x30 || c > 0x39) fail('no number', p);
        let delta = 0;
        do {
          delta = delta * 10 + (c - 0x30);
          c = source[++p];
        } while (c >= 0x30 && c <= 0x39);
        old += delta;
        const ordinal = remap[old >> 1];
        if (ordinal === undefined) fail('row out of range', p);
        if (ordinal >= 0) {
          const value = ordinal * 2 + (old & 1);
          while (m < merge.length && merge[m] < value) push(merge[m++]);
          push(value);
        }
        p++;
        if (c === CLOSE) break;
        if (c !== COMMA) fail('bad list', p - 1);
      }
      while (m < merge.length) push(merge[m++]);
      for (let j = 1; j < size; j++) if (merged[j] <= merged[j - 1]) fail('rows out of order', p);
      writeList(merged.subarray(0, size));
      kept = size;
      copied = p;
    } else {
      let old = 0;
      let previous = 0;
      let limit = -1;
      for (;;) {
        const numberStart = p;
        let c = source[p];
        if (c < 0x30 || c > 0x39) fail('no number', p);
        let delta = 0;
        do {
          delta = delta * 10 + (c - 0x30);
          c = source[++p];
        } while (c >= 0x30 && c <= 0x39);
        old += delta;
        if (old < limit) {
          // Same run as the previous posting: same delta, bytes kept.
          previous += delta;
          kept++;
        } else {
          const o = old >> 1;
          const ordinal = remap[o];
          if (ordinal === undefined) fail('row out of range', p);
          if (tokenOut < 0 && (ordinal < 0 || ordinal * 2 + (old & 1) - previous !== delta)) {
            flushTo(separator);
            tokenOut = out.length;
          }
          if (ordinal < 0) {
            if (kept > 0) {
              flushTo(numberStart - 1);
              copied = p;
            } else {
              flushTo(numberStart);
              copied = c === COMMA ? p + 1 : p;
            }
            limit = -1;
          } else {
            const value = ordinal * 2 + (old & 1);
            if (kept > 0 && value <= previous) fail('rows out of order', p);
            if (value - previous !== delta) {
              flushTo(numberStart);
              out.number(value - previous);
              copied = p;
            }
            previous = value;
            kept++;
            limit = runEnd[o] * 2;
          }
        }
        p++;
        if (c === CLOSE) break;
        if (c !== COMMA) fail('bad list', p - 1);
      }
    }
    if (kept === 0) {
      // Every row of the token is gone: so is the token.
      out.length = tokenOut;
      copied = p;
    } else {
      tokensOut++;
      postings += kept;
    }
    const next = source[p];
    if (next === BRACE_CLOSE) break;
    if (next !== COMMA) fail('bad separator', p);
    p++;
  }
  if (p !== source.length - 1) fail('trailing bytes', p + 1);
  if (a < addCount) {
    flushTo(p);
    while (a < addCount) writeAdded(a++);
  }
  if (tokensOut === 0) {
    out.length = 0;
    out.byte(BRACE_OPEN);
    out.byte(BRACE_CLOSE);
    return { postings: 0, changed: true };
  }
  if (!changed) return { postings, changed: false };
  flushTo(source.length);
  return { postings, changed: true };
}
