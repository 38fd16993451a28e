import preact from '@preact/preset-vite'
import { defineConfig, type Plugin } from 'vite'

/**
 * The stylesheet (under 2 KB gzipped) goes into index.html itself: one request fewer before the first paint,
 * which Lighthouse counts as render-blocking otherwise.
 */
function inlineStylesheet(): Plugin {
  return {
    name: 'bantin-inline-stylesheet',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html']
      if (!html || html.type !== 'asset') return
      for (const css of Object.values(bundle)) {
        if (css.type !== 'asset' || !css.fileName.endsWith('.css')) continue
        const link = new RegExp(`<link rel="stylesheet"[^>]*href="/${css.fileName}"[^>]*>`)
        const page = String(html.source)
        if (!link.test(page)) continue // a lazily loaded page's stylesheet (the editor's): stays a file
        html.source = page.replace(link, () => `<style>${String(css.source)}</style>`)
        delete bundle[css.fileName]
      }
    },
  }
}

export default defineConfig({
  plugins: [preact(), inlineStylesheet()],
  // The manifest tells the budget check (scripts/check-size.mjs) which files the reader pages load.
  build: { manifest: true },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  },
} as Parameters<typeof defineConfig>[0])
