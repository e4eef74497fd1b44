import { describe, expect, it } from 'vitest';
import { hueOf, initialOf } from './initial-tile.ts';

describe('initialOf', () => {
  it('takes the first Chinese character', () => {
    expect(initialOf('中共中央组织部下发通知')).toBe('中');
  });
  it('skips leading punctuation and spaces', () => {
    expect(initialOf('  “SP”')).toBe('S');
  });
  it('prefers a letter to a leading number', () => {
    expect(initialOf('12 号新闻')).toBe('号');
  });
  it('takes a digit when there is no letter', () => {
    expect(initialOf('2021')).toBe('2');
  });
  it('upper-cases a Latin letter', () => {
    expect(initialOf('news')).toBe('N');
  });
  it('falls back to # when there is no letter or digit', () => {
    expect(initialOf('——')).toBe('#');
  });
});

describe('hueOf', () => {
  it('gives a fixed hue for a seed, the same on every build', () => {
    expect(hueOf('金融')).toBe(275);
  });
  it('gives another hue for another seed', () => {
    expect(hueOf('博客')).toBe(13);
  });
  it('stays within a circle', () => {
    expect(hueOf('x'.repeat(50))).toBeLessThan(360);
  });
});
