/**
 * What a library must look like, checked field by field: the one check for what localStorage
 * holds and for what an imported file carries (library-file.ts).
 */
import type { ArticleSummary } from '../../../bundle/schema.ts';
import type { LibraryState, Mark, Star, Sweep, SweepDays } from './library-state.ts';

/** Which archive a library belongs to: its site title (and where it was served, for information). */
export interface ArchiveIdentity {
  title: string;
  basePath: string;
}

/** A value that is not a library; the message names the first bad field (`library.read.x1.d`). */
export class Malformed extends Error {}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

function fail(where: string): never {
  throw new Malformed(where);
}

function object(value: unknown, where: string): Record<string, unknown> {
  return isObject(value) ? value : fail(where);
}

function nullableString(value: unknown, where: string, pattern?: RegExp): string | null {
  if (value === null) return null;
  if (typeof value === 'string' && (!pattern || pattern.test(value))) return value;
  return fail(where);
}

function finite(value: unknown, where: string): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fail(where);
}

function marks(value: unknown, where: string): Record<string, Mark> {
  const out: Record<string, Mark> = {};
  for (const [id, raw] of Object.entries(object(value, where))) {
    if (!ID.test(id)) fail(`${where}.${id}`);
    const mark = object(raw, `${where}.${id}`);
    out[id] = { c: nullableString(mark.c, `${where}.${id}.c`, ID), d: nullableString(mark.d, `${where}.${id}.d`, DAY) };
  }
  return out;
}

function sweepDays(value: unknown, where: string): SweepDays {
  const days = object(value, where);
  if (days.kind === 'none' || days.kind === 'undated') return { kind: days.kind };
  if (days.kind !== 'range') fail(`${where}.kind`);
  return { kind: 'range', from: nullableString(days.from, `${where}.from`, DAY), to: nullableString(days.to, `${where}.to`, DAY) };
}

function sweeps(value: unknown, where: string): Sweep[] {
  if (!Array.isArray(value)) fail(where);
  return value.map((raw, i) => {
    const sweep = object(raw, `${where}[${i}]`);
    const list = typeof sweep.list === 'string' && ID.test(sweep.list) ? sweep.list : fail(`${where}[${i}].list`);
    return { list, days: sweepDays(sweep.days, `${where}[${i}].days`), at: finite(sweep.at, `${where}[${i}].at`) };
  });
}

function summary(value: unknown, where: string): ArticleSummary {
  const item = object(value, where);
  const id = typeof item.id === 'string' && ID.test(item.id) ? item.id : fail(`${where}.id`);
  const text = (key: string) => (typeof item[key] === 'string' ? item[key] : fail(`${where}.${key}`));
  return {
    id,
    title: text('title'),
    date: nullableString(item.date, `${where}.date`),
    day: nullableString(item.day, `${where}.day`, DAY),
    category: nullableString(item.category, `${where}.category`, ID),
    author: nullableString(item.author, `${where}.author`),
    thumb: nullableString(item.thumb, `${where}.thumb`),
    excerpt: text('excerpt'),
  };
}

function stars(value: unknown, where: string): Record<string, Star> {
  const out: Record<string, Star> = {};
  for (const [id, raw] of Object.entries(object(value, where))) {
    const star = object(raw, `${where}.${id}`);
    const item = summary(star.item, `${where}.${id}.item`);
    if (item.id !== id) fail(`${where}.${id}.item.id`);
    out[id] = { at: finite(star.at, `${where}.${id}.at`), item };
  }
  return out;
}

/** Checks a library as stored or imported; throws `Malformed` naming the first bad field. */
export function checkLibrary(value: unknown, where: string): LibraryState {
  const raw = object(value, where);
  return {
    read: marks(raw.read, `${where}.read`),
    unread: marks(raw.unread, `${where}.unread`),
    sweeps: sweeps(raw.sweeps, `${where}.sweeps`),
    starred: stars(raw.starred, `${where}.starred`),
  };
}

/** A library read back from storage, or null when what is stored is not one. */
export function parseStoredLibrary(text: string): LibraryState | null {
  try {
    return checkLibrary(JSON.parse(text), 'library');
  } catch {
    return null;
  }
}
