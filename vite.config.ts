/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentPlugin } from './src/content/cli/vite-plugin.ts';
import { firstScreenPreload } from './scripts/first-screen-preload.ts';

export default defineConfig({
  // BASE_PATH lets the site live under a sub-path (e.g. /news/ on GitHub Pages).
  base: process.env.BASE_PATH ?? '/',
  plugins: [
    // The router plugin must come before react().
    tanstackRouter({ target: 'react', autoCodeSplitting: true }),
    react(),
    tailwindcss(),
    contentPlugin(),
    // The list view's route chunks load with the entry, not after it (one round trip less).
    firstScreenPreload(),
    // Offline: manifest + a service worker that precaches the app shell only (src/sw/service-worker.ts).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'service-worker.ts',
      // Registered by src/lib/register-service-worker.ts (no inline script: the CSP forbids it).
      injectRegister: false,
      injectManifest: {
        // The shell only: never the data bundle or the 100,000 preview pages next to it.
        globPatterns: ['index.html', 'assets/**/*.{js,css}', '*.{js,svg}', 'icons/*.png'],
        rollupFormat: 'iife',
      },
      includeManifestIcons: false,
      manifest: {
        name: process.env.SITE_TITLE?.trim() || '新闻存档',
        short_name: process.env.SITE_TITLE?.trim() || '新闻存档',
        description: '新闻存档阅读器：分类、日期筛选、离线阅读',
        lang: 'zh-CN',
        display: 'standalone',
        theme_color: '#0284c7',
        background_color: '#ffffff',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
    // Vite's dev server injects inline <style>, which the shipped CSP (index.html) forbids;
    // the policy applies to builds only.
    {
      name: 'csp-off-in-dev',
      apply: 'serve',
      transformIndexHtml: (html: string) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
    },
  ],
  build: {
    // Every browser the app supports preloads modules natively; the polyfill only cost bytes.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The content plugin runs the whole archive pipeline inside the build, so "plugins took
      // significant time" ([PLUGIN_TIMINGS]) would be printed on every build that has real work.
      checks: { bundlerTimings: false },
      output: {
        // What the entry imports statically loads with the first screen anyway: one chunk for
        // it (rolldown otherwise splits out what lazy chunks share with the entry, which costs
        // requests and compresses worse). Lazy chunks stay as they are.
        codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
      },
    },
  },
  server: {
    // Benchmarks write archives of 100,000 files under bench/; never watch them.
    watch: { ignored: ['**/bench/.archives/**', '**/dist/**'] },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // CI also writes a JSON report, summed up by .ci/summary.mjs.
    reporters: process.env.VITEST_JSON
      ? ['default', ['json', { outputFile: process.env.VITEST_JSON }]]
      : ['default'],
  },
});
