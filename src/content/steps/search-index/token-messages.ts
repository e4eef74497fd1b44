/** What `TokenThread` (token-thread.ts) and its thread (token-worker.ts) tell each other. */
import type { BatchTokens } from './post-tokens.ts';
import type { IndexShape, TokenIndex } from './shard-files.ts';

export type TokenMessage =
  | { kind: 'add'; ids: readonly string[]; batch: BatchTokens }
  | { kind: 'index'; articleIds: readonly string[]; shape: IndexShape; outDir: string };

export type TokenReply = { index: TokenIndex | null } | { error: string };
