/** Posts whose ids had to be lengthened to stay unique: a warning on each, naming the others. */
import type { KeyCollision } from '../bundle/article-id.ts';
import type { ItemResult } from '../process/batch.ts';
import type { ScannedFile } from '../scan/scan-archive.ts';

/** Adds the collision messages in front of each colliding post's own (an ok post becomes a warning). */
export function addCollisionMessages(posts: readonly ScannedFile[], collisions: readonly KeyCollision[], results: ItemResult[]): void {
  for (const [index, messages] of collisionMessages(posts, collisions)) {
    const result = results[index];
    result.messages = [...messages, ...result.messages];
    if (result.status === 'ok') result.status = 'warning';
  }
}

/** Messages for files whose ids had to be lengthened, by index of the post. */
function collisionMessages(posts: readonly ScannedFile[], collisions: readonly KeyCollision[]): Map<number, string[]> {
  const messages = new Map<number, string[]>();
  for (const { members } of collisions) {
    for (const index of members) {
      const others = members.filter((other) => other !== index);
      const sameName = others.every((other) => posts[other].path === posts[index].path);
      const text = sameName
        ? 'another file has the same path once Unicode-normalized (NFC); both got longer ids to stay unique'
        : `same id as ${others.map((other) => JSON.stringify(posts[other].path)).join(', ')}; both got longer ids to stay unique`;
      messages.set(index, [text]);
    }
  }
  return messages;
}
