import { message, type Message } from '../../report/codes.ts';

export type DecodeResult =
  | { ok: true; text: string; replaced: number }
  | { ok: false; reason: Message };

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** More than this share of replaced characters means the file is not text at all. */
const MAX_REPLACED_SHARE = 0.1;

/**
 * Bytes to text. The BOM is dropped (TextDecoder does it); NUL bytes mean a binary file;
 * a few invalid UTF-8 sequences are replaced with U+FFFD and counted so the caller can warn.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: message('file-empty', false) };
  if (bytes.includes(0)) return { ok: false, reason: message('file-binary', null) };
  try {
    return { ok: true, text: strict.decode(bytes), replaced: 0 };
  } catch {
    const text = lenient.decode(bytes);
    let replaced = 0;
    for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++;
    if (replaced > text.length * MAX_REPLACED_SHARE) {
      return {
        ok: false,
        reason: message('file-binary', Math.round((replaced / text.length) * 100)),
      };
    }
    return { ok: true, text, replaced };
  }
}
