import { expect, test, type APIRequestContext, type Page } from './fixtures'
import { expectNoAxeViolations } from './axe'

const SEED = 'quan-uy-to-chuc-hoi-nghi-so-ket-6-thang-dau-nam-trien-khai-nhiem-vu-trong-tam-6-thang-cuoi-nam-20024'
const SEED_TITLE = 'Quận ủy tổ chức Hội nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 20024 về thực hiện QCDC ở cơ sở'
const SEED_CATEGORY = 'tin-tuc-hoat-dong-cua-quan-uy'

/** The slug of the category with the most bulletins (several pages of them). */
async function largestCategory(page: Page): Promise<string> {
  const categories: { slug: string; articleCount: number }[] = await (await page.request.get('/api/v1/categories')).json()
  return categories.reduce((a, b) => (b.articleCount > a.articleCount ? b : a)).slug
}

/** Opens the seed bulletin; answers the viewCount of the API answer the page was built from. */
async function openSeed(page: Page): Promise<number> {
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'GET' && new URL(r.url()).pathname === `/api/v1/articles/${SEED}`),
    page.goto(`/bai-viet/${SEED}`),
  ])
  return (await answer.json()).viewCount
}

/** The exact count, read as a crawler would post a view: answered, never counted. */
async function exactViews(request: APIRequestContext): Promise<number> {
  const answer = await request.post(`/api/v1/articles/${SEED}/views`, { headers: { 'User-Agent': 'Googlebot/2.1' } })
  expect(answer.ok()).toBeTruthy()
  return (await answer.json()).viewCount
}

test('home: newest bulletins, a section per category, most read this week', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Tin mới nhất' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Tin đọc nhiều' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Tin tức hoạt động của Quận ủy' })).toBeVisible()
  await expect(page).toHaveTitle(/Quận ủy/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
  await expectNoAxeViolations(page)
})

test('article: the seed bulletin as the committee published it, meta line in Hanoi time', async ({ page }) => {
  const shown = await openSeed(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE)
  await expect(page.getByText('TIN TỨC HOẠT ĐỘNG CỦA QUẬN ỦY', { exact: true })).toBeVisible()
  // The browser runs in New York; the line reads in Hanoi time and includes this visit's view.
  await expect(page.locator('.bulletin__meta')).toHaveText(`Ngày đăng 10/07/2024 | 14:49 | Lượt xem: ${shown + 1}`)
  await expect(page.locator('.bulletin__body p')).toHaveCount(4)
  const author = page.locator('.bulletin__author')
  await expect(author).toHaveText('Văn Tân')
  await expect(author).toHaveCSS('text-align', 'right')
  await expect(author).toHaveCSS('font-weight', '700')
  await expect(page.locator('.bulletin__body abbr[title="Quy chế dân chủ"]').first()).toHaveText('QCDC')
  await expect(page).toHaveTitle(new RegExp(`^${SEED_TITLE.slice(0, 30)}`))
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/bai-viet/${SEED}$`))
  await expect(page.getByRole('link', { name: 'Chia sẻ Facebook' })).toHaveAttribute('href', /facebook\.com\/sharer/)
  await expect(page.getByRole('link', { name: 'Chia sẻ Zalo' })).toHaveAttribute('href', /zalo\.me\/share/)
  await page.screenshot({ path: 'test-results/screenshots/article-page.png', fullPage: true })
  await expectNoAxeViolations(page)
})

test('opening an article records one view, and a repeat within 30 minutes does not', async ({ page }) => {
  const before = await exactViews(page.request)
  const shown = await openSeed(page)
  // The page shows the count it read plus its own view (public GETs may lag the truth by a few seconds).
  await expect(page.locator('.bulletin__meta')).toContainText(`Lượt xem: ${shown + 1}`)
  await expect.poll(() => exactViews(page.request)).toBe(before + 1)
  await page.reload()
  await expect(page.locator('.bulletin__meta')).toBeVisible()
  await page.waitForTimeout(500)
  expect(await exactViews(page.request)).toBe(before + 1)
  const visitor = await page.evaluate(() => localStorage.getItem('bantin.visitorId'))
  expect(visitor).toMatch(/^[0-9a-f-]{36}$/)
})

test('text size A+ is remembered between visits', async ({ page }) => {
  await page.goto(`/bai-viet/${SEED}`)
  const body = page.locator('.bulletin__body')
  const normal = await body.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))
  await page.getByRole('button', { name: 'tăng cỡ chữ' }).click()
  await expect.poll(() => body.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThan(normal)
  await page.reload()
  await expect.poll(() => body.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThan(normal)
  await page.getByRole('button', { name: 'giảm cỡ chữ' }).click()
  await expect.poll(() => body.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBe(normal)
})

for (const width of [390, 1366]) {
  test(`a first visit at ${width} px reads at the comfortable size, with A− and A+ both offered`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(`/bai-viet/${SEED}`)
    const body = page.locator('.bulletin__body')
    await expect(body).toBeVisible()
    await expect(page.locator('.bulletin')).toHaveAttribute('style', /--text-scale:\s*1(;|$)/)
    const smaller = page.getByRole('button', { name: 'giảm cỡ chữ' })
    await expect(smaller).toBeEnabled()
    await expect(page.getByRole('button', { name: 'tăng cỡ chữ' })).toBeEnabled()
    const comfortable = await body.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))
    await smaller.click()
    await expect.poll(() => body.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeLessThan(comfortable)
  })
}

test('search without tone marks finds the seed bulletin, with highlights', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('searchbox', { name: 'Tìm kiếm bản tin' }).fill('quy che dan chu')
  await page.getByRole('searchbox', { name: 'Tìm kiếm bản tin' }).press('Enter')
  await expect(page).toHaveURL(/\/tim-kiem\?q=quy\+che\+dan\+chu/)
  await expect(page.locator('.article-list mark').first()).toBeVisible()
  await expect(page.locator('.search-count')).toContainText('Tìm thấy')
  // Follow the pages until the seed bulletin shows: it is older than the generated ones that also match.
  for (let i = 0; i < 30; i++) {
    if (await page.getByRole('link', { name: SEED_TITLE }).count()) break
    await page.getByRole('link', { name: 'Trang sau ›' }).click()
  }
  await expect(page.getByRole('link', { name: SEED_TITLE })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('a category: its heading in capitals, paginated with real links; back, forward and reload work', async ({ page }) => {
  await page.goto(`/chuyen-muc/${SEED_CATEGORY}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('TIN TỨC HOẠT ĐỘNG CỦA QUẬN ỦY')
  const categories: { slug: string; name: string; articleCount: number }[] =
    await (await page.request.get('/api/v1/categories')).json()
  const largest = categories.reduce((a, b) => (b.articleCount > a.articleCount ? b : a))
  expect(largest.articleCount).toBeGreaterThan(10)
  await page.goto(`/chuyen-muc/${largest.slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(largest.name.toLocaleUpperCase('vi'))
  const firstOnPage1 = await page.locator('.article-list__title a').first().textContent()
  const next = page.getByRole('link', { name: 'Trang sau ›' })
  await expect(next).toHaveAttribute('href', `/chuyen-muc/${largest.slug}?trang=2`)
  await next.click()
  await expect(page).toHaveURL(/trang=2/)
  await expect(page.getByText(/^Trang 2 \//)).toBeVisible()
  const firstOnPage2 = await page.locator('.article-list__title a').first().textContent()
  expect(firstOnPage2).not.toBe(firstOnPage1)
  await page.reload()
  await expect(page.locator('.article-list__title a').first()).toHaveText(firstOnPage2!)
  await page.goBack()
  await expect(page.locator('.article-list__title a').first()).toHaveText(firstOnPage1!)
  await page.goForward()
  await expect(page).toHaveURL(/trang=2/)
  await expect(page.locator('.article-list__title a').first()).toHaveText(firstOnPage2!)
  await expectNoAxeViolations(page)
})

test('author and tag pages list their bulletins', async ({ page }) => {
  await page.goto('/tac-gia/van-tan')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bài viết của Văn Tân')
  await expect(page.getByRole('link', { name: SEED_TITLE })).toBeVisible()
  await expectNoAxeViolations(page)
  const tags = await (await page.request.get('/api/v1/tags')).json()
  await page.goto(`/the/${tags[0].slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Thẻ: ${tags[0].name}`)
  await expect(page.locator('.article-list li').first()).toBeVisible()
  await expectNoAxeViolations(page)
})

test('unknown pages and bulletins get a friendly 404', async ({ page }) => {
  for (const path of ['/khong-co-trang-nay', '/bai-viet/khong-co-bai-nay']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang')
    await expect(page.getByRole('link', { name: 'Về trang chủ' })).toBeVisible()
  }
  await expectNoAxeViolations(page)
})

test('when the API cannot be reached: a clear message, and a retry that works, menu included', async ({ page }) => {
  await page.route('**/api/v1/{articles,categories}**', (route) => route.abort('connectionrefused'))
  await page.goto(`/chuyen-muc/${SEED_CATEGORY}`)
  await expect(page.getByRole('alert')).toContainText('Không kết nối được máy chủ bản tin')
  await expect(page.getByRole('navigation', { name: 'Chuyên mục' }).getByRole('link')).toHaveCount(1)
  await expectNoAxeViolations(page)
  await page.unroute('**/api/v1/{articles,categories}**')
  await page.getByRole('button', { name: 'Thử lại' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('TIN TỨC HOẠT ĐỘNG CỦA QUẬN ỦY')
  await expect(page.getByRole('navigation', { name: 'Chuyên mục' })
    .getByRole('link', { name: 'Tin tức hoạt động của Quận ủy' })).toBeVisible()
})

for (const width of [390, 1366]) {
  test(`at ${width} px the page's first line keeps its distance from the menu bar`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(`/bai-viet/${SEED}`)
    const heading = page.getByRole('heading', { level: 1 })
    await expect(heading).toBeVisible()
    const menu = await page.getByRole('navigation', { name: 'Chuyên mục' }).boundingBox()
    const main = await page.locator('main').boundingBox()
    const first = await page.locator('main > *').first().boundingBox()
    expect(first!.y - (menu!.y + menu!.height)).toBeGreaterThanOrEqual(16)
    expect(first!.y - main!.y).toBeGreaterThanOrEqual(16)
  })
}

test('keyboard: the skip link comes first and leads to the content', async ({ page }) => {
  await page.goto(`/bai-viet/${SEED}`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
})

test('links are real links that open in a new tab', async ({ page, context }) => {
  await page.goto(`/chuyen-muc/${SEED_CATEGORY}`)
  const link = page.getByRole('link', { name: SEED_TITLE })
  await expect(link).toHaveAttribute('href', `/bai-viet/${SEED}`)
  const [tab] = await Promise.all([context.waitForEvent('page'), link.click({ modifiers: ['Control'] })])
  await tab.waitForLoadState()
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE)
})

test('a phone 320 px wide: nothing overflows sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  for (const path of ['/', `/bai-viet/${SEED}`, `/chuyen-muc/${SEED_CATEGORY}`, '/tim-kiem?q=QCDC']) {
    await page.goto(path)
    await expect(page.locator('main h1, main h2').first()).toBeVisible()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, path).toBeLessThanOrEqual(0)
  }
})

test('every page links the RSS feed, which answers RSS naming the reader pages', async ({ page, request }) => {
  for (const path of ['/', `/bai-viet/${SEED}`, `/chuyen-muc/${SEED_CATEGORY}`]) {
    await page.goto(path)
    const feed = page.locator('link[rel="alternate"][type="application/rss+xml"]')
    await expect(feed).toHaveCount(1)
    await expect(feed).toHaveAttribute('href', '/api/v1/feed.xml')
  }
  const answer = await request.get('/api/v1/feed.xml')
  expect(answer.ok()).toBeTruthy()
  expect(answer.headers()['content-type']).toContain('application/rss+xml')
  const rss = await answer.text()
  expect(rss).toContain('<rss version="2.0"')
  expect(rss).toMatch(/<link>https?:\/\/[^<]+\/bai-viet\/[a-z0-9-]+<\/link>/)
  const robots = await request.get('/robots.txt')
  expect(await robots.text()).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/)
})

for (const width of [390, 1366]) {
  test(`at ${width} px a bad address says in Vietnamese what is wrong, never the API's words`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(`/chuyen-muc/${SEED_CATEGORY}?trang=99999999999`)
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('Số trang trong địa chỉ không hợp lệ')
    await expect(alert).not.toContainText(/Parameter|invalid|must be|sự cố/)
    await expect(alert.getByRole('link', { name: 'Về trang chủ' })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.goto(`/tim-kiem?q=${'a'.repeat(201)}`)
    await expect(page.getByRole('alert')).toContainText('Từ khóa tìm kiếm không hợp lệ')
    await expect(page.getByRole('alert')).not.toContainText(/Parameter|characters|sự cố/)
  })

  test(`at ${width} px the footer names the managing body and the office's contacts from config.json`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/')
    await expect(page.locator('footer')).not.toContainText('Cơ quan chủ quản') // empty by default: left out
    await page.route('**/config.json', (route) => route.fulfill({ json: {
      apiBaseUrl: '', siteName: 'Quận ủy Nam Từ Liêm', siteTagline: 'Bản tin điện tử',
      managingBody: 'Quận ủy Nam Từ Liêm', address: '125 Hồ Tùng Mậu, Nam Từ Liêm, Hà Nội',
      phone: '024 3763 1234', email: 'vanphong@namtuliem.example.vn',
    } }))
    await page.goto('/')
    const footer = page.locator('footer')
    await expect(footer).toContainText('Cơ quan chủ quản: Quận ủy Nam Từ Liêm')
    await expect(footer).toContainText('Địa chỉ: 125 Hồ Tùng Mậu, Nam Từ Liêm, Hà Nội')
    await expect(footer.getByRole('link', { name: '024 3763 1234' })).toHaveAttribute('href', 'tel:02437631234')
    await expect(footer.getByRole('link', { name: 'vanphong@namtuliem.example.vn' }))
      .toHaveAttribute('href', 'mailto:vanphong@namtuliem.example.vn')
    // The footer comes with the layout, before the page's own content: axe looks at the page once it is there.
    await expect(page.getByRole('heading', { name: 'Tin mới nhất' })).toBeVisible()
    await expectNoAxeViolations(page)
  })
}

for (const width of [390, 1366]) {
  test(`at ${width} px following a link puts focus on the new page's heading`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/')
    await expect(page.getByRole('heading', { name: 'Tin mới nhất' })).toBeVisible()
    await page.getByRole('navigation', { name: 'Chuyên mục' })
      .getByRole('link', { name: 'Tin tức hoạt động của Quận ủy' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('TIN TỨC HOẠT ĐỘNG CỦA QUẬN ỦY')
    await page.locator('main a[href^="/bai-viet/"]').first().click()
    await expect(page.locator('main h1')).toBeFocused()
  })
}

for (const width of [390, 1366]) {
  test(`at ${width} px /tac-gia and /the list every author and tag with its count of bulletins`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    const authors = await page.goto('/tac-gia')
    expect(authors?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tác giả')
    const vanTan = page.locator('.index-list li').filter({ has: page.getByRole('link', { name: 'Văn Tân', exact: true }) })
    await expect(vanTan).toContainText(/\(\d+ bài\)/)
    await expect(vanTan.getByRole('link')).toHaveAttribute('href', '/tac-gia/van-tan')
    await expectNoAxeViolations(page)
    await page.goto('/the')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chủ đề')
    await expect(page.locator('.index-list li').first()).toContainText(/\(\d+ bài\)/)
    await page.locator('.index-list a').first().click()
    await expect(page).toHaveURL(/\/the\/[a-z0-9-]+$/)
  })
}

for (const width of [390, 1366]) {
  test(`at ${width} px paging is numbered, and a page past the last says so and leads to the last`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    const largest = await largestCategory(page)
    await page.goto(`/chuyen-muc/${largest}`)
    const paging = page.getByRole('navigation', { name: 'Phân trang' })
    await expect(paging.getByRole('link', { name: 'Trang 2', exact: true })).toHaveAttribute('href', `/chuyen-muc/${largest}?trang=2`)
    await expect(paging.locator('[aria-current="page"]')).toHaveText('Trang 1')
    const last = Number((await paging.locator('li').last().innerText()).replace(/\D/g, ''))
    expect(last).toBeGreaterThan(2)
    await paging.getByRole('link', { name: `Trang ${last}`, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`trang=${last}$`))
    await expect(paging.locator('[aria-current="page"]')).toHaveText(`Trang ${last}`)
    await expect(paging.getByRole('link', { name: 'Trang sau ›' })).toHaveCount(0)

    await page.goto(`/chuyen-muc/${largest}?trang=${last + 5}`)
    await expect(page.getByText(`Không có trang ${last + 5}: danh sách này chỉ có ${last} trang.`)).toBeVisible()
    await page.getByRole('link', { name: `Đến trang cuối (trang ${last})` }).click()
    await expect(page).toHaveURL(new RegExp(`trang=${last}$`))
    await expect(page.locator('.article-list li').first()).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test(`at ${width} px every category can be reached from the menu, the current one in view`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    const categories: { slug: string; name: string }[] = await (await page.request.get('/api/v1/categories')).json()
    const lastOne = categories[categories.length - 1]
    await page.goto(`/chuyen-muc/${lastOne.slug}`)
    const menu = page.getByRole('navigation', { name: 'Chuyên mục' })
    await expect(menu.getByRole('link')).toHaveCount(categories.length + 1)
    await expect(menu.locator('[aria-current="page"]')).toHaveText(lastOne.name)
    await expect(menu.locator('[aria-current="page"]')).toBeInViewport({ ratio: 1 })
    if (width >= 1024) {
      for (const link of await menu.getByRole('link').all()) await expect(link).toBeInViewport({ ratio: 1 })
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lastOne.name.toLocaleUpperCase('vi'))
    await expectNoAxeViolations(page)
  })

  test(`at ${width} px an article has its breadcrumb, its author's page, related bulletins and the most read`, async ({ page, request }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(`/bai-viet/${SEED}`)
    const crumbs = page.getByRole('navigation', { name: 'Đường dẫn' })
    await expect(crumbs.getByRole('link', { name: 'Trang chủ' })).toHaveAttribute('href', '/')
    await expect(crumbs.getByRole('link', { name: 'TIN TỨC HOẠT ĐỘNG CỦA QUẬN ỦY' })).toHaveAttribute('href', `/chuyen-muc/${SEED_CATEGORY}`)
    await expect(page.locator('.bulletin__author').getByRole('link', { name: 'Văn Tân' })).toHaveAttribute('href', '/tac-gia/van-tan')
    await expect(page.getByRole('heading', { name: 'Tin liên quan' })).toBeVisible()
    await expect(page.locator('.related .article-list li')).toHaveCount(5)
    await expect(page.locator('.related').getByRole('link', { name: SEED_TITLE })).toHaveCount(0)
    const mostRead = page.getByRole('complementary', { name: 'Tin đọc nhiều' })
    await expect(mostRead.getByRole('heading', { name: 'Tin đọc nhiều' })).toBeVisible()
    await expect(mostRead.locator('li').first()).toBeVisible()
    const article = await page.locator('article.bulletin').boundingBox()
    const aside = await mostRead.boundingBox()
    // Beside the article on a desktop, below it on a phone.
    if (width >= 1024) expect(aside!.x).toBeGreaterThan(article!.x + article!.width - 1)
    else expect(aside!.y).toBeGreaterThan(article!.y + article!.height - 1)
    expect((await request.get('/api/v1/articles/most-viewed?period=week&limit=1')).ok()).toBeTruthy()
    await expectNoAxeViolations(page)
  })

  test(`at ${width} px a new page starts at its top, and Back returns to where the reader was`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 })
    await page.goto(`/chuyen-muc/${await largestCategory(page)}`)
    const next = page.getByRole('link', { name: 'Trang sau ›' })
    await next.scrollIntoViewIfNeeded()
    await page.waitForTimeout(100)
    const left = await page.evaluate(() => window.scrollY)
    expect(left).toBeGreaterThan(200)
    await next.click()
    await expect(page).toHaveURL(/trang=2/)
    await expect(page.getByText(/^Trang 2 \//)).toBeAttached()
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
    await page.goBack()
    await expect(page).not.toHaveURL(/trang=2/)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(left - 5)
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(left + 5)
    await page.goForward()
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
  })

  test(`at ${width} px abbreviations explain themselves on tap and keyboard focus, in the title too`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(`/bai-viet/${SEED}`)
    const inTitle = page.getByRole('heading', { level: 1 }).locator('abbr', { hasText: 'QCDC' })
    await expect(inTitle).toHaveAttribute('title', 'Quy chế dân chủ')
    const inBody = page.locator('.bulletin__body abbr', { hasText: 'QCDC' }).first()
    const after = (element: typeof inBody) => element.evaluate((e) => getComputedStyle(e, '::after').content)
    expect(await after(inBody)).toBe('none')
    await inBody.tap({ force: true }).catch(() => inBody.click()) // tap where touch is on, click otherwise
    await expect(inBody).toBeFocused()
    expect(await after(inBody)).toContain('Quy chế dân chủ')
    await inTitle.focus()
    expect(await after(inTitle)).toContain('Quy chế dân chủ')
    await expectNoAxeViolations(page)
  })

  test(`at ${width} px the search page has one search box, and shares are well-formed`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/tim-kiem?q=quy%20che%20dan%20chu')
    await expect(page.getByRole('searchbox')).toHaveCount(1)
    await expect(page.getByRole('searchbox')).toHaveValue('quy che dan chu')

    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => { (window as unknown as { shared: ShareData }).shared = data; return Promise.resolve() },
      })
    })
    await page.goto(`/bai-viet/${SEED}?utm_source=zalo#doan-2`)
    const address = new URL(`/bai-viet/${SEED}`, page.url()).href
    await page.getByRole('button', { name: 'Chia sẻ…' }).click()
    expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared))
      .toEqual({ title: SEED_TITLE, url: address })
    for (const [name, host, path] of [['Chia sẻ Facebook', 'www.facebook.com', '/sharer/sharer.php'],
      ['Chia sẻ Zalo', 'zalo.me', '/share']]) {
      const href = new URL((await page.getByRole('link', { name }).getAttribute('href'))!)
      expect([href.protocol, href.host, href.pathname, href.searchParams.get('u')]).toEqual(['https:', host, path, address])
    }
  })
}

for (const width of [390, 1366]) {
  test(`at ${width} px a search typed with tone marks highlights those words, not their look-alikes`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/tim-kiem?q=V%C4%83n%20T%C3%A2n')
    await expect(page.locator('.search-count')).toContainText('Tìm thấy')
    const marks = (await page.locator('.article-list mark').allTextContents()).map((m) => m.toLocaleLowerCase('vi'))
    expect(marks.length).toBeGreaterThan(0)
    expect(marks.filter((m) => m !== 'văn' && m !== 'tân')).toEqual([])
  })
}
