import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, resolveConfig, type ContentConfig } from './config.ts';

const resolve = (argv: string[], env: NodeJS.ProcessEnv = {}) => resolveConfig(argv, env, '/site') as ContentConfig;

describe('resolveConfig', () => {
  it('uses the documented defaults', () => {
    expect(resolve([])).toEqual({
      contentDir: '/site/content',
      outDir: '/site/dist/data',
      reportPath: '/site/content-report.json',
      sourceTimeZone: 'UTC',
      archiveTimeZone: 'Asia/Shanghai',
      siteTitle: '新闻存档',
      strict: false,
      basePath: '/',
      assetBase: '/data/assets/',
      workers: availableParallelism(),
      verbose: false,
      siteUrl: null,
      cache: true,
    });
  });

  it('reads SITE_URL as the site root under BASE_PATH', () => {
    expect(resolve([], { SITE_URL: 'https://example.org' }).siteUrl).toBe('https://example.org/');
    expect(resolve([], { SITE_URL: 'https://example.org', BASE_PATH: '/news' }).siteUrl).toBe('https://example.org/news/');
    expect(resolve([], { SITE_URL: 'https://example.org/news?x=1#y', BASE_PATH: '/news/' }).siteUrl).toBe('https://example.org/news/');
    expect(() => resolve([], { SITE_URL: 'https://example.org/other/', BASE_PATH: '/news/' })).toThrow(/SITE_URL: the path .* is not BASE_PATH \(\/news\/\)/);
    expect(() => resolve([], { SITE_URL: 'example.org' })).toThrow(ConfigError);
    expect(() => resolve([], { SITE_URL: 'ftp://example.org/' })).toThrow(/must start with https/);
  });

  it('turns the build cache off with --no-cache or CONTENT_CACHE=0', () => {
    expect(resolve(['--no-cache']).cache).toBe(false);
    expect(resolve([], { CONTENT_CACHE: '0' }).cache).toBe(false);
    expect(resolve([], { CONTENT_CACHE: '1' }).cache).toBe(true);
  });

  it('reads the environment, and flags override it', () => {
    const env = {
      CONTENT_DIR: 'archive', CONTENT_REPORT: 'out/r.json', SOURCE_TZ: 'Asia/Tokyo', ARCHIVE_TZ: 'Europe/Berlin',
      SITE_TITLE: '存档', STRICT: '1', BASE_PATH: '/news', CONTENT_WORKERS: '3',
    };
    expect(resolve([], env)).toMatchObject({
      contentDir: '/site/archive', reportPath: '/site/out/r.json', sourceTimeZone: 'Asia/Tokyo',
      archiveTimeZone: 'Europe/Berlin', siteTitle: '存档', strict: true, basePath: '/news/',
      assetBase: '/news/data/assets/', workers: 3,
    });
    expect(resolve(['--content', '/x', '--out', 'o', '--report', 'r.json', '--workers', '0', '--verbose'], env)).toMatchObject({
      contentDir: '/x', outDir: '/site/o', reportPath: '/site/r.json', workers: 0, verbose: true,
    });
  });

  it('turns --strict on without STRICT', () => {
    expect(resolve(['--strict']).strict).toBe(true);
    expect(resolve([], { STRICT: '0' }).strict).toBe(false);
  });

  it('normalizes BASE_PATH like Vite: a leading and a trailing slash', () => {
    expect(resolve([], { BASE_PATH: 'news' }).assetBase).toBe('/news/data/assets/');
    expect(resolve([], { BASE_PATH: './' }).assetBase).toBe('./data/assets/');
    expect(resolve([], { BASE_PATH: 'https://cdn.example/app' }).assetBase).toBe('https://cdn.example/app/data/assets/');
  });

  it('names the variable of an unknown time zone', () => {
    expect(() => resolve([], { ARCHIVE_TZ: 'Asia/Shangai' })).toThrow(
      new ConfigError('ARCHIVE_TZ: "Asia/Shangai" is not a known IANA time zone (for example UTC or Asia/Shanghai)'),
    );
    expect(() => resolve([], { SOURCE_TZ: 'CST8' })).toThrow(/^SOURCE_TZ: "CST8"/);
  });

  it('rejects a worker count that is not a whole number, and unknown flags', () => {
    expect(() => resolve(['--workers', 'two'])).toThrow('--workers: "two" is not a whole number (0 = no worker threads)');
    expect(() => resolve(['--otu', 'x'])).toThrow(ConfigError);
  });

  it('answers --help', () => {
    expect(resolveConfig(['--help'], {}, '/site')).toBe('help');
  });
});
