import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, parsePreferences } from './preferences.ts';

describe('parsePreferences', () => {
  it('reads stored choices and falls back field by field', () => {
    expect(parsePreferences('{"theme":"dark","textSize":"xlarge","lineWidth":"narrow"}')).toEqual({ theme: 'dark', textSize: 'xlarge', lineWidth: 'narrow' });
    expect(parsePreferences('{"theme":"purple","textSize":"large"}')).toEqual({ ...DEFAULT_PREFERENCES, textSize: 'large' });
    expect(parsePreferences('not json')).toEqual(DEFAULT_PREFERENCES);
    expect(parsePreferences(null)).toEqual(DEFAULT_PREFERENCES);
    expect(parsePreferences('"dark"')).toEqual(DEFAULT_PREFERENCES);
  });
});
