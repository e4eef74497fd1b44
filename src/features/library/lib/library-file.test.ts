import { describe, expect, it } from 'vitest';
import { libraryFile, libraryFileName, readLibraryFile } from './library-file.ts';
import { EMPTY_LIBRARY, markRead, sweep, toggleStar } from './library-state.ts';

const archive = { title: '新闻存档', basePath: '/' };
const within = () => true;

function sample() {
  let state = markRead(EMPTY_LIBRARY, { id: 'abc123', category: 'k1', day: '2024-03-05' });
  state = sweep(state, 'k2', { kind: 'range', from: '2024-01-01', to: null }, within, 10);
  return toggleStar(state, { id: 'def456', title: '标题', date: null, day: null, category: null, author: null, thumb: null, excerpt: '' }, 11);
}

describe('readLibraryFile', () => {
  it('reads back what was exported', () => {
    const text = JSON.stringify(libraryFile(sample(), archive, new Date('2026-11-29T10:00:00Z')));
    expect(readLibraryFile(text, archive)).toEqual({ ok: true, library: sample() });
  });

  it('refuses what is not JSON, not ours, newer, or from another archive', () => {
    expect(readLibraryFile('{"format": ', archive)).toEqual({ ok: false, problem: { kind: 'not-json' } });
    expect(readLibraryFile('{"read": {}}', archive)).toEqual({ ok: false, problem: { kind: 'not-library' } });
    expect(readLibraryFile('[1, 2]', archive)).toEqual({ ok: false, problem: { kind: 'not-library' } });
    const file = libraryFile(sample(), archive, new Date(0));
    expect(readLibraryFile(JSON.stringify({ ...file, version: 2 }), archive)).toEqual({ ok: false, problem: { kind: 'newer-version', version: 2 } });
    expect(readLibraryFile(JSON.stringify({ ...file, archive: { title: 'Other news', basePath: '/' } }), archive)).toEqual({
      ok: false,
      problem: { kind: 'other-archive', title: 'Other news' },
    });
  });

  it('names the first malformed field', () => {
    const file = libraryFile(sample(), archive, new Date(0));
    const broken = (library: unknown) => readLibraryFile(JSON.stringify({ ...file, library }), archive);
    expect(broken({ ...file.library, read: { abc123: { c: 'k1', d: 'March 5' } } })).toEqual({ ok: false, problem: { kind: 'malformed', where: 'library.read.abc123.d' } });
    expect(broken({ ...file.library, read: { 'not an id': { c: null, d: null } } })).toEqual({ ok: false, problem: { kind: 'malformed', where: 'library.read.not an id' } });
    expect(broken({ ...file.library, sweeps: [{ list: 'k2', days: { kind: 'week' }, at: 1 }] })).toEqual({ ok: false, problem: { kind: 'malformed', where: 'library.sweeps[0].days.kind' } });
    expect(broken({ ...file.library, starred: { def456: { at: 1, item: { ...file.library.starred.def456.item, id: 'zzz' } } } })).toEqual({
      ok: false,
      problem: { kind: 'malformed', where: 'library.starred.def456.item.id' },
    });
    expect(broken({ ...file.library, unread: undefined })).toEqual({ ok: false, problem: { kind: 'malformed', where: 'library.unread' } });
  });
});

describe('libraryFileName', () => {
  it('keeps the title readable and safe for file systems', () => {
    expect(libraryFileName('新闻 存档/2', new Date('2026-11-29T10:00:00Z'))).toBe('reader-library-新闻-存档-2-2026-11-29.json');
  });
});
