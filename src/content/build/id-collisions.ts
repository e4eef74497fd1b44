/** Posts whose ids had to be lengthened to stay unique: a warning on each, naming the others. */
import type { KeyCollision } from '../bundle/article-id.ts';
import type { ItemResult } from '../process/batch.ts';
import { message, type Message } from '../report/codes.ts';
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
function collisionMessages(posts: readonly ScannedFile[], collisions: readonly KeyCollision[]): Map<number, Message[]> {
  const messages = new Map<number, Message[]>();
  for (const { members } of collisions) {
    for (const index of members) {
      const others = members.filter((other) => other !== index);
      const sameName = others.every((other) => posts[other].path === posts[index].path);
      messages.set(index, [message('id-collision', sameName ? null : others.map((other) => posts[other].path))]);
    }
  }
  return messages;
}
