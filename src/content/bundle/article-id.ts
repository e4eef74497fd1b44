/**
 * Short, URL-safe, stable keys derived from names: article ids from the NFC relative path,
 * category keys from the category name path. A key depends only on the name (and, on a
 * collision, on the other names it collides with), never on scan order or build time.
 */
import { compareCodePoints } from './code-point-order.ts';
import { hashBase32 } from '../util/hash-base32.ts';

/** Characters of a key's hash part: 10 base32 characters = 50 bits. */
const SHORT_LENGTH = 10;
/** Hash length given to every member of a collision group. */
const LONG_LENGTH = 16;

export interface KeyCollision {
  /** Indexes (into the input) of every name that shared the short key. */
  members: number[];
}

export interface AssignedKeys {
  keys: string[];
  collisions: KeyCollision[];
}

/**
 * Gives each name a unique key: `prefix + hash(name)`; when two or more names share that key
 * (identical names, e.g. NFC/NFD twins, or a real hash collision), every member of the group
 * gets `prefix + hash(name + ordinal)` with a longer hash instead, the ordinal being its rank
 * in code-point order of the names (ties keep input order, so callers sort twins first).
 */
export function assignKeys(names: readonly string[], prefix = ''): AssignedKeys {
  const keys = names.map((name) => prefix + hashBase32(name, SHORT_LENGTH));
  const groups = new Map<string, number[]>();
  keys.forEach((key, index) => {
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });
  const collisions: KeyCollision[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const ranked = [...members].sort((a, b) => compareCodePoints(names[a], names[b]) || a - b);
    ranked.forEach((index, ordinal) => {
      keys[index] = prefix + hashBase32(`${names[index]}\u0000${ordinal}`, LONG_LENGTH);
    });
    collisions.push({ members: ranked });
  }
  // Long keys have a different length from short ones, so they can only clash among
  // themselves: at 80 bits that does not happen in practice, but it must never pass silently.
  if (new Set(keys).size !== keys.length) throw new Error('key assignment produced a duplicate key');
  return { keys, collisions };
}

/** Prefix of category keys, so a category key can never equal an article id or `all`. */
export const CATEGORY_KEY_PREFIX = 'c';

/** Keys already hashed, by identity: an archive has a few hundred categories and 100,000 posts. */
const baseKeys = new Map<string, string>();
const MAX_BASE_KEYS = 50_000;

/** The key a category path gets when nothing collides with it (what workers use). */
export function baseCategoryKey(path: readonly string[]): string {
  const identity = categoryIdentity(path);
  let key = baseKeys.get(identity);
  if (key === undefined) {
    if (baseKeys.size >= MAX_BASE_KEYS) baseKeys.clear();
    baseKeys.set(identity, (key = CATEGORY_KEY_PREFIX + hashBase32(identity, SHORT_LENGTH)));
  }
  return key;
}

/** An unambiguous string for a name path (names may contain any separator character). */
export function categoryIdentity(path: readonly string[]): string {
  return JSON.stringify(path);
}
