import { defineConfig } from '@playwright/test'

// Debian's Chromium, never a downloaded browser (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 when installing).
// E2E_VIA=nginx: the same pages through nginx with nginx/bantin.conf.template in front of the backend, as
// production serves them (npm run test:e2e:nginx).
const viaNginx = process.env.E2E_VIA === 'nginx'
const port = Number(process.env.E2E_PORT ?? (viaNginx ? 19480 : 19470))

export default defineConfig({
  testDir: 'e2e',
  // Each way of serving has its own folder of failure traces, which a run empties; the screenshots the tests keep
  // (test-results/screenshots) are outside both, so the second run does not wipe the first one's.
  outputDir: `test-results/${viaNginx ? 'nginx' : 'direct'}`,
  workers: 1, // two cores, one of them for the backend
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
    locale: 'vi-VN',
    timezoneId: 'America/New_York', // far from Hanoi: dates must still read in Hanoi time
  },
  webServer: {
    command: viaNginx ? 'bash e2e/serve-through-nginx.sh' : 'bash e2e/serve-backend.sh',
    url: `http://localhost:${port}/api/v1/articles?size=1`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
