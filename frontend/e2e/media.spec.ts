import { readFileSync } from 'node:fs'
import { expect, test, type APIRequestContext } from './fixtures'
import { expectNoAxeViolations } from './axe'

// serve-backend.sh starts the backend with this first account.
const ADMIN = { username: 'admin', password: 'mat-khau-quan-tri-e2e' }

/** Uploads a 2000 px photo and publishes a bulletin with it as cover and in the body; answers its slug. */
async function bulletinWithPhoto(request: APIRequestContext): Promise<{ slug: string; hash: string }> {
  const token = (await (await request.post('/api/v1/auth/token', { data: ADMIN })).json()).accessToken
  const auth = { Authorization: `Bearer ${token}` }
  const upload = await request.post('/api/v1/admin/media', {
    headers: auth,
    multipart: { file: { name: 'Hội nghị.jpg', mimeType: 'image/jpeg', buffer: readFileSync('e2e/fixtures/hoi-nghi.jpg') } },
  })
  expect(upload.status()).toBeLessThan(300)
  const photo = await upload.json()
  expect(photo.variants.map((v: { width: number }) => v.width)).toEqual([400, 800, 1600])
  const created = await request.post('/api/v1/admin/articles', {
    headers: auth,
    data: {
      title: `Hội nghị có ảnh ${Date.now()}`, categorySlug: 'tin-tuc-hoat-dong-cua-quan-uy', authorSlug: 'van-tan',
      status: 'PUBLISHED', coverImageUrl: photo.url,
      bodyHtml: `<p>Quang cảnh hội nghị:</p><p><img src="${photo.url}" alt="Quang cảnh hội nghị"></p><p>Hết.</p>`,
    },
  })
  expect(created.status()).toBe(201)
  return { slug: (await created.json()).slug, hash: photo.url.slice('/media/'.length, -'.jpg'.length) }
}

for (const [width, height, variant] of [[390, 844, 400], [1366, 900, 800]] as const) {
  test(`a bulletin's photos load the ${variant} px copy at ${width} px, sized before they load`, async ({ page, request }) => {
    const { slug, hash } = await bulletinWithPhoto(request)
    await page.setViewportSize({ width, height })
    await page.goto(`/bai-viet/${slug}`)
    for (const photo of [page.locator('img.bulletin__cover'), page.getByRole('img', { name: 'Quang cảnh hội nghị' })]) {
      await expect(photo).toHaveAttribute('loading', 'lazy')
      await expect(photo).toHaveAttribute('width', '2000')
      await expect(photo).toHaveAttribute('height', '1333')
      await photo.scrollIntoViewIfNeeded()
      await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.currentSrc))
        .toContain(`/media/${hash}-${variant}.jpg`)
    }
    await expectNoAxeViolations(page)
  })
}
