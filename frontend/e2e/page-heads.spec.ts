import { expect, test } from './fixtures'

// The backend fills each reader page's head (vn.bantin.site.PageHeads): what link previews and crawlers that run
// no JavaScript read. Served by the backend itself (the nginx setup serves the static index.html).
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
