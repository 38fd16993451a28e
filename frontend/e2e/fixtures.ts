import { expect, test as base } from '@playwright/test'

/**
 * Every browser test also checks that the page broke none of the site's Content-Security-Policy: Chromium reports
 * each refused script, style, image or connection on the console.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  // A reader page comes with its text as HTML, which the SPA replaces once it has rendered the same page
  // (main.tsx); tests of the SPA start from there, so that no locator sees both copies. page-heads.spec.ts tests
  // the handover itself.
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled !== false) {
      const handedOver = () => page.locator('#prerendered').waitFor({ state: 'detached', timeout: 10_000 })
      const goto = page.goto.bind(page)
      page.goto = async (...args) => goto(...args).then(async (answer) => (await handedOver(), answer))
      const reload = page.reload.bind(page)
      page.reload = async (...args) => reload(...args).then(async (answer) => (await handedOver(), answer))
    }
    await use(page)
  },
  cspViolations: [async ({ page }, use) => {
    const violations: string[] = []
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) violations.push(message.text())
    })
    await use(violations)
    expect(violations, 'Content-Security-Policy violations').toEqual([])
  }, { auto: true }],
})

export { expect }
export type { APIRequestContext, Page } from '@playwright/test'
