/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import { contentPlugin } from './src/content/vite-plugin.ts';

export default defineConfig({
  // BASE_PATH lets the site live under a sub-path (e.g. /news/ on GitHub Pages).
  base: process.env.BASE_PATH ?? '/',
  plugins: [
    // The router plugin must come before react().
    tanstackRouter({ target: 'react', autoCodeSplitting: true }),
    react(),
    tailwindcss(),
    contentPlugin(),
    // Vite's dev server injects inline <style>, which the shipped CSP (index.html) forbids;
    // the policy applies to builds only.
    {
      name: 'csp-off-in-dev',
      apply: 'serve',
      transformIndexHtml: (html: string) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
    },
  ],
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
