import { expect, test as base } from '@playwright/test'

/**
 * Every browser test also checks that the page broke none of the site's Content-Security-Policy: Chromium reports
 * each refused script, style, image or connection on the console.
 */
export const test = base.extend<{ cspViolations: string[] }>({
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
