import { describe, expect, it } from 'vitest';
import type { ContentReport } from '../bundle/schema.ts';
import { reportText } from './report.ts';

describe('the report file', () => {
  const report: ContentReport = {
    summary: { files: 2, ok: 1, warning: 1, skipped: 0 },
    files: [
      { path: 'a/新闻.md', status: 'ok', id: 'ab12345678', title: '标题 "引号"', date: '2021-03-23T02:00:00.000Z', category: ['新闻'], messages: [] },
      { path: 'b.md', status: 'warning', id: null, title: null, date: null, category: [], messages: ['line one\nline two'] },
    ],
  };

  it('is the report as JSON, one file per line', () => {
    const text = reportText(report);
    expect(JSON.parse(text)).toEqual(report);
    const lines = text.split('\n');
    expect(lines.filter((line) => line.trimStart().startsWith('{"path":'))).toHaveLength(2);
    expect(JSON.parse(reportText({ ...report, files: [] }))).toEqual({ ...report, files: [] });
  });
});
