import { createHash } from 'node:crypto';

/** A short content hash (base64 SHA-1) for telling whether a file's bytes changed; not for security. */
export const sha1 = (data: string | Uint8Array) => createHash('sha1').update(data).digest('base64');
