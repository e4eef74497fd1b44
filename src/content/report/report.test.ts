import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContentReport } from '../../bundle/schema.ts';
import { reportText, writeReport } from './report.ts';

describe('the report file', () => {
  const report: ContentReport = {
    summary: { files: 2, ok: 1, warning: 1, skipped: 0 },
    files: [
      { path: 'a/新闻.md', status: 'ok', id: 'ab12345678', title: '标题 "引号"', date: '2021-03-23T02:00:00.000Z', category: ['新闻'], messages: [], codes: [] },
      { path: 'b.md', status: 'warning', id: null, title: null, date: null, category: [], messages: ['line one\nline two'], codes: ['yaml-invalid'] },
    ],
  };

  it('is the report as JSON, one file per line', () => {
    const text = reportText(report);
    expect(JSON.parse(text)).toEqual(report);
    const lines = text.split('\n');
    expect(lines.filter((line) => line.trimStart().startsWith('{"path":'))).toHaveLength(2);
    expect(JSON.parse(reportText({ ...report, files: [] }))).toEqual({ ...report, files: [] });
  });

  it('is written whole, in pieces, over the previous report, with no temporary file left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    try {
      const path = join(dir, 'nested', 'report.json');
      const many: ContentReport = {
        summary: { files: 4501, ok: 4501, warning: 0, skipped: 0 },
        files: Array.from({ length: 4501 }, (_, i) => ({ ...report.files[0], path: `p/${i}.md`, title: `第${i}条` })),
      };
      await writeReport(path, report);
      await writeReport(path, many);
      const text = readFileSync(path, 'utf8');
      expect(text).toBe(reportText(many));
      expect(JSON.parse(text)).toEqual(many);
      expect(text.split('\n').filter((line) => line.startsWith('    {"path":'))).toHaveLength(4501);
      expect(readdirSync(join(dir, 'nested'))).toEqual(['report.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
