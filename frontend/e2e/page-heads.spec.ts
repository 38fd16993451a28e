import { expect, test } from './fixtures'

// The backend fills each reader page's head (vn.bantin.site.PageHeads): what link previews and crawlers that run
// no JavaScript read; nginx passes these routes to the backend (nginx/bantin.conf.template).
const SEED = 'quan-uy-to-chuc-hoi-nghi-so-ket-6-thang-dau-nam-trien-khai-nhiem-vu-trong-tam-6-thang-cuoi-nam-20024'
const SEED_TITLE = 'Quận ủy tổ chức Hội nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 20024 về thực hiện QCDC ở cơ sở'

function meta(html: string, key: string): string | null {
  const found = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)" />`).exec(html)
  return found ? found[1].replaceAll('&quot;', '"').replaceAll('&amp;', '&') : null
}

test('an article\'s page names it before any script runs: title, description, canonical and Open Graph', async ({ request }) => {
  const answer = await request.get(`/bai-viet/${SEED}`)
  expect(answer.status()).toBe(200)
  const html = await answer.text()
  expect(html).toContain(`<title>${SEED_TITLE} | `)
  expect(meta(html, 'og:title')).toBe(SEED_TITLE)
  expect(meta(html, 'og:type')).toBe('article')
  expect(meta(html, 'og:url')).toMatch(new RegExp(`/bai-viet/${SEED}$`))
  expect(meta(html, 'description')).toMatch(/^Chiều ngày 09 tháng 7 năm 2024/)
  expect(meta(html, 'description')!.length).toBeLessThanOrEqual(201)
  expect(meta(html, 'article:published_time')).toBe('2024-07-10T14:49+07:00')
  expect(html.match(/<meta name="description"/g)).toHaveLength(1)
})

test('category, author and tag pages have their names; unknown ones and unknown bulletins answer 404', async ({ request }) => {
  const category = await request.get('/chuyen-muc/tin-tuc-hoat-dong-cua-quan-uy')
  expect(category.status()).toBe(200)
  expect(meta(await category.text(), 'og:title')).toBe('Tin tức hoạt động của Quận ủy')
  const author = await request.get('/tac-gia/van-tan')
  expect(meta(await author.text(), 'og:title')).toBe('Bài viết của Văn Tân')
  for (const path of ['/bai-viet/khong-co-bai-nay', '/chuyen-muc/khong-co', '/tac-gia/khong-co', '/the/khong-co',
    '/khong-co-trang-nay']) {
    const answer = await request.get(path)
    expect(answer.status(), path).toBe(404)
    expect(meta(await answer.text(), 'robots'), path).toBe('noindex')
  }
})

test('an unknown bulletin still shows the friendly not-found page in the browser', async ({ page }) => {
  const answer = await page.goto('/bai-viet/khong-co-bai-nay')
  expect(answer!.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang')
})

// The page's text comes with its HTML (vn.bantin.site.PageContent): readers see the bulletin before any script has
// run, and crawlers that run none read it; then the SPA takes its place (main.tsx) without moving what is on screen.
for (const width of [390, 1366]) {
  test.describe(`at ${width} px without JavaScript`, () => {
    test.use({ javaScriptEnabled: false, viewport: { width, height: 860 } })

    test('the bulletin, a category and the home page are there as text', async ({ page }) => {
      await page.goto(`/bai-viet/${SEED}`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE)
      await expect(page.getByText('Ngày đăng 10/07/2024 | 14:49 | Lượt xem:')).toBeVisible()
      await expect(page.getByText(/^Chiều ngày 09 tháng 7 năm 2024/)).toBeVisible()
      await expect(page.getByRole('link', { name: 'Văn Tân' })).toHaveAttribute('href', '/tac-gia/van-tan')
      await page.goto('/chuyen-muc/tin-tuc-hoat-dong-cua-quan-uy')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('TIN TỨC HOẠT ĐỘNG CỦA QUẬN ỦY')
      await page.goto('/')
      await expect(page.getByRole('heading', { level: 2 })).toHaveCount(20)
      await page.getByRole('heading', { level: 2 }).first().getByRole('link').click()
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      expect(page.url()).toContain('/bai-viet/')
    })
  })

  test(`at ${width} px the reader's page takes the text's place without a layout shift`, async ({ page }) => {
    await page.setViewportSize({ width, height: 860 })
    await page.addInitScript(() => {
      const shifts: number[] = []
      ;(window as unknown as { shifts: number[] }).shifts = shifts
      new PerformanceObserver((list) => list.getEntries().forEach((e) => {
        const shift = e as PerformanceEntry & { value: number; hadRecentInput: boolean }
        if (!shift.hadRecentInput) shifts.push(shift.value)
      })).observe({ type: 'layout-shift', buffered: true })
    })
    for (const path of [`/bai-viet/${SEED}`, '/']) {
      await page.goto(path)
      await expect(page.locator('#prerendered')).toHaveCount(0)
      await expect(page.locator('main h1')).toHaveCount(1)
      await expect(page.locator('.bulletin__tools, .article-list').first()).toBeVisible()
      await page.waitForTimeout(500)
      const shifted = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts
        .reduce((sum, v) => sum + v, 0))
      expect(shifted, path).toBeLessThan(0.02)
    }
  })
}
