import { expect, test } from './fixtures'

// Only through nginx (npm run test:e2e:nginx): what nginx/bantin.conf.template itself must do.
test.skip(process.env.E2E_VIA !== 'nginx', 'runs through nginx only')

const SEED = 'quan-uy-to-chuc-hoi-nghi-so-ket-6-thang-dau-nam-trien-khai-nhiem-vu-trong-tam-6-thang-cuoi-nam-20024'

test('nginx sends the same security policy as the API would, and the pages keep to it', async ({ page, request, baseURL }) => {
  const answer = await page.goto(`/bai-viet/${SEED}`)
  expect(answer?.status()).toBe(200)
  const headers = answer!.headers()
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['cache-control']).toBe('no-cache')
  const api = new URL(baseURL!)
  api.port = String(Number(api.port) + 1)
  const direct = await request.get(`${api.origin}/bai-viet/${SEED}`)
  expect(headers['content-security-policy']).toBe(direct.headers()['content-security-policy'])
  expect(headers['content-security-policy']).toContain("frame-ancestors 'self'")
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Quận ủy tổ chức Hội nghị')
})

test('hashed assets are cached for a year and compressed; other files are revalidated', async ({ page, request }) => {
  await page.goto('/')
  const script = await page.locator('script[type="module"][src^="/assets/"]').first().getAttribute('src')
  const asset = await request.get(script!, { headers: { 'Accept-Encoding': 'gzip' } })
  expect(asset.status()).toBe(200)
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  expect(asset.headers()['content-encoding']).toBe('gzip')
  expect(asset.headers()['x-content-type-options']).toBe('nosniff')
  const config = await request.get('/config.json')
  expect(config.headers()['cache-control']).toBe('no-cache')
})

test('unknown paths and dot-files are 404, the SPA routes are its page', async ({ request }) => {
  for (const route of ['/', '/tim-kiem', '/chuyen-muc/tin-tuc-hoat-dong-cua-quan-uy', '/tac-gia', '/quan-tri/bai-viet']) {
    const answer = await request.get(route)
    expect(answer.status(), route).toBe(200)
    expect(await answer.text(), route).toContain('<div id="app"')
  }
  const unknown = await request.get('/khong-co-trang-nay')
  expect(unknown.status()).toBe(404)
  expect(await unknown.text()).toContain('<div id="app"')
  for (const hidden of ['/.env', '/assets/.secret', '/.git/config']) {
    expect((await request.get(hidden)).status(), hidden).toBe(404)
  }
  expect((await request.get('/assets/khong-co.js')).status()).toBe(404)
})

test('the API, media, feed, sitemap and robots.txt come from the backend', async ({ request }) => {
  const article = await request.get(`/api/v1/articles/${SEED}`)
  expect(article.status()).toBe(200)
  expect(article.headers()['etag']).toBeTruthy()
  const feed = await request.get('/feed.xml')
  expect(feed.status()).toBe(200)
  expect(feed.headers()['content-type']).toContain('application/rss+xml')
  expect(await feed.text()).toContain('<rss version="2.0"')
  const sitemap = await request.get('/sitemap.xml')
  expect(sitemap.headers()['content-type']).toContain('application/xml')
  expect(await sitemap.text()).toContain(`/bai-viet/${SEED}</loc>`)
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:')
  expect((await request.get('/media/khong-co.jpg')).status()).toBe(404)
})
