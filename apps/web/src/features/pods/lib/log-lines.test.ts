import { describe, expect, it } from 'vitest';
import { LogLines } from './log-lines';

describe('LogLines', () => {
  it('counts lines across pieces and keeps the text for the download', () => {
    const lines = new LogLines(10);
    expect(lines.append('a\nb\n')).toMatchObject({ drop: 0, piece: { lines: 2 } });
    lines.append('c\n');
    expect(lines.lineCount).toBe(3);
    expect(lines.text()).toBe('a\nb\nc\n');
  });

  it('drops the oldest pieces once the bound is passed, whatever the log length', () => {
    const lines = new LogLines(100);
    let dropped = 0;
    for (let i = 0; i < 10_000; i++) dropped += lines.append(`line ${i}\n`).drop;
    expect(lines.lineCount).toBeLessThanOrEqual(100);
    expect(dropped).toBe(10_000 - lines.lineCount);
    expect(lines.text().endsWith('line 9999\n')).toBe(true);
  });

  it('bounds a log that writes no line breaks by its characters', () => {
    const lines = new LogLines(100, 1_000);
    for (let i = 0; i < 1_000; i++) lines.append(`\rprogress ${i}%`);
    expect(lines.lineCount).toBe(0);
    expect(lines.text().length).toBeLessThan(1_000 + '\rprogress 999%'.length); // the bound plus the newest piece
    expect(lines.text().endsWith('progress 999%')).toBe(true);
  });
});
