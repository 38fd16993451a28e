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
        html.source = String(html.source).replace(link, () => `<style>${String(css.source)}</style>`)
        delete bundle[css.fileName]
      }
    },
  }
}

export default defineConfig({
  plugins: [preact(), inlineStylesheet()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  },
} as Parameters<typeof defineConfig>[0])
