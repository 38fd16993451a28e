import { readFileSync } from 'node:fs'
import type { Browser } from '@playwright/test'
import { expect, test, type Page } from './fixtures'
import { expectNoAxeViolations } from './axe'

// serve-backend.sh starts the backend with this first account.
const ADMIN = { username: 'admin', password: 'mat-khau-quan-tri-e2e' }
const PHOTO = 'e2e/fixtures/hoi-nghi.jpg'
const SHOTS = 'test-results/screenshots'

async function signIn(page: Page) {
  await expect(page.getByRole('heading', { name: 'Đăng nhập quản trị' })).toBeVisible()
  await page.getByLabel('Tên đăng nhập').fill(ADMIN.username)
  await page.getByLabel('Mật khẩu').fill(ADMIN.password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByRole('heading', { name: 'Đăng nhập quản trị' })).toBeHidden()
}

function body(page: Page) {
  return page.getByRole('textbox', { name: 'Nội dung' })
}

async function newBulletin(page: Page, title: string, text: string) {
  await page.getByRole('link', { name: 'Viết bài mới' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Viết bài mới' })).toBeVisible()
  await page.getByLabel('Tiêu đề').fill(title)
  await body(page).click()
  await page.keyboard.type(text)
}

/** The next whole minute in Hanoi at least 8 s away, as the form takes it, and when it is. */
function nextMinute(): { date: string; time: string; at: number } {
  const at = Math.ceil((Date.now() + 8_000) / 60_000) * 60_000
  const hanoi = new Date(at + 7 * 3600_000)
  const two = (n: number) => String(n).padStart(2, '0')
  return {
    date: `${two(hanoi.getUTCDate())}/${two(hanoi.getUTCMonth() + 1)}/${hanoi.getUTCFullYear()}`,
    time: `${two(hanoi.getUTCHours())}:${two(hanoi.getUTCMinutes())}`,
    at,
  }
}

test('sign in, write a bulletin with a photo, jump to its warning, schedule it: readers see it at its time', async ({ page }) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/quan-tri')
  await expect(page).toHaveURL(/\/quan-tri\/dang-nhap\?tiep=%2Fquan-tri$/)
  await expectNoAxeViolations(page)
  await signIn(page)
  await expect(page.getByRole('heading', { name: 'Trang quản trị' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Đọc nhiều trong tuần' })).toBeVisible()
  await expectNoAxeViolations(page)

  const title = `Chi bộ khu dân cư số 9 tổng kết công tác ${Date.now()}`
  await newBulletin(page, title, 'Sáng nay, chi bộ họp tổng kết năm 20024 và bầu đảng viên xuất sắc.')
  await page.getByLabel('Tóm tắt').fill('Chi bộ tổng kết công tác năm.')

  await page.getByLabel('chọn ảnh để chèn').setInputFiles(PHOTO)
  const dialog = page.getByRole('dialog', { name: 'Mô tả ảnh' })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel(/Ảnh này cho thấy gì/).fill('Quang cảnh buổi họp chi bộ')
  await dialog.getByRole('button', { name: 'Chèn ảnh' }).click()
  await expect(body(page).getByRole('img', { name: 'Quang cảnh buổi họp chi bộ' })).toBeVisible()

  const when = nextMinute()
  await page.getByLabel('Ngày (ngày/tháng/năm)').fill(when.date)
  await page.getByLabel('Giờ (24 giờ)').fill(when.time)
  await page.getByRole('button', { name: 'Lên lịch' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã lên lịch' })).toContainText(`${when.time} ngày ${when.date}`)
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet\/\d+$/)

  const warning = page.getByRole('button', { name: /Năm 20024 có thể gõ nhầm/ })
  await expect(warning).toBeVisible()
  await warning.click()
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toContain('20024')
  await expect(body(page)).toBeFocused()
  await page.screenshot({ path: `${SHOTS}/editor.png`, fullPage: true })

  await page.getByRole('button', { name: 'Xem trước' }).click()
  const preview = page.getByRole('region', { name: /Xem trước/ })
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(preview.locator('.bulletin__meta')).toHaveText(`Ngày đăng ${when.date} | ${when.time} | Lượt xem: 0`)
  await expect(preview.getByRole('img', { name: 'Quang cảnh buổi họp chi bộ' })).toBeVisible()
  await preview.scrollIntoViewIfNeeded()
  await preview.screenshot({ path: `${SHOTS}/preview.png` })
  await expectNoAxeViolations(page)

  // Readers: not before its time, there at its time.
  const slug = await page.getByRole('link', { name: 'Xem trên trang bản tin' }).getAttribute('href')
  const reader = await page.context().newPage()
  await reader.goto(slug!)
  await expect(reader.getByRole('heading', { level: 1 })).not.toHaveText(title)
  await reader.waitForTimeout(Math.max(0, when.at - Date.now()) + 500)
  await reader.reload()
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(reader.getByRole('img', { name: 'Quang cảnh buổi họp chi bộ' })).toBeVisible()
})

async function signedInPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(path)
  await signIn(page)
  return page
}

test('publish another, edit it in two tabs and resolve the conflict, restore a revision, count a view in the chart, sign out',
  async ({ page, browser, request }) => {
    test.setTimeout(90_000)
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto('/quan-tri')
    await signIn(page)
    const title = `Hội Cựu chiến binh phường gặp mặt truyền thống ${Date.now()}`
    await newBulletin(page, title, 'Các hội viên ôn lại truyền thống vẻ vang.')
    await page.getByRole('button', { name: 'Đăng ngay' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Đã đăng bài.' })).toBeVisible()
    await expect(page).toHaveURL(/\/quan-tri\/bai-viet\/\d+$/)
    const address = new URL(page.url()).pathname

    // A second tab (its own sign-in: tokens live per tab) saves first.
    const other = await signedInPage(browser, address)
    await expect(other).toHaveURL(address)
    await other.getByLabel('Tiêu đề').fill(`${title} (sửa ở tab khác)`)
    await other.getByRole('button', { name: 'Lưu', exact: true }).click()
    await expect(other.getByRole('status').filter({ hasText: 'Đã lưu.' })).toBeVisible()

    // This tab's save is now stale: nothing is lost, both versions are shown, the editor keeps theirs.
    await page.getByLabel('Tóm tắt').fill('Tóm tắt viết ở tab thứ nhất.')
    await page.getByRole('button', { name: 'Lưu', exact: true }).click()
    const conflict = page.getByRole('region', { name: /Bài đã được sửa ở nơi khác/ })
    await expect(conflict).toBeVisible()
    await expect(conflict).toContainText('(sửa ở tab khác)')
    await expect(conflict).toContainText('Tóm tắt viết ở tab thứ nhất.')
    await expect(page.getByLabel('Tóm tắt')).toHaveValue('Tóm tắt viết ở tab thứ nhất.')
    await expectNoAxeViolations(page)
    await conflict.getByRole('button', { name: 'Giữ bản của tôi' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Đã lưu.' })).toBeVisible()
    await expect(conflict).toBeHidden()
    await other.close()

    // The history: the first version, what differs, and back to it.
    await page.getByRole('button', { name: 'Lịch sử sửa' }).click()
    const history = page.getByRole('region', { name: 'Lịch sử sửa' })
    const first = history.getByRole('listitem').last()
    await expect(first).toContainText('admin')
    await first.getByRole('button', { name: 'Xem khác biệt' }).click()
    await expect(first.locator('ins')).toContainText('Tóm tắt viết ở tab thứ nhất.')
    await expectNoAxeViolations(page)
    await first.getByRole('button', { name: 'Khôi phục bản này' }).click()
    await expect(page.getByRole('status').filter({ hasText: /Đã khôi phục phiên bản/ })).toBeVisible()
    await expect(page.getByLabel('Tóm tắt')).toHaveValue('')
    await expect(page.getByLabel('Tiêu đề')).toHaveValue(title)

    // A reader's view shows in the chart.
    const slug = address && (await page.getByLabel('Địa chỉ bài (phần cuối đường dẫn)').inputValue())
    expect((await request.post(`/api/v1/articles/${slug}/views`)).ok()).toBeTruthy()
    await page.getByRole('button', { name: 'Lượt xem' }).click()
    const chart = page.getByRole('region', { name: 'Lượt xem' })
    await expect(chart.getByTestId('tong-luot-xem')).toHaveText('1')
    await expect(chart.locator('.uplot canvas')).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: 'Đăng xuất' }).click()
    await expect(page.getByRole('heading', { name: 'Đăng nhập quản trị' })).toBeVisible()
    expect(await page.evaluate(() => Object.keys(sessionStorage).concat(Object.keys(localStorage))
      .filter((k) => k.includes('session')))).toEqual([])
    await page.goto('/quan-tri/bai-viet')
    await expect(page).toHaveURL(/dang-nhap/)
  })

test('an ended session sends the editor to sign in and back, and the text being written is offered again', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/quan-tri')
  await signIn(page)
  await newBulletin(page, 'Bài viết dở khi phiên hết hạn', 'Đoạn văn đang viết không được mất.')
  await page.waitForTimeout(800) // the local copy is kept half a second after the last key
  // The server no longer takes the token (it expired, or the password was changed elsewhere).
  await page.route('**/api/v1/admin/articles', (route) => route.fulfill({
    status: 401, contentType: 'application/problem+json',
    body: JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Token expired' }),
  }))
  await page.getByRole('button', { name: 'Lưu nháp' }).click()
  await expect(page).toHaveURL(/\/quan-tri\/dang-nhap\?tiep=%2Fquan-tri%2Fbai-viet%2Fmoi$/)
  await expect(page.getByText('Phiên làm việc đã hết')).toBeVisible()
  await page.unroute('**/api/v1/admin/articles')
  await signIn(page)
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet\/moi$/)
  await page.getByRole('button', { name: 'Khôi phục bản đang viết' }).click()
  await expect(page.getByLabel('Tiêu đề')).toHaveValue('Bài viết dở khi phiên hết hạn')
  await expect(body(page)).toContainText('Đoạn văn đang viết không được mất.')
  await page.getByRole('button', { name: 'Lưu nháp' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu.' })).toBeVisible()
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('bantin.editor.draft.')))).toEqual([])
})

test('the article list: every status in words, filters by status and by a search without tone marks, pages', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/quan-tri/bai-viet')
  await signIn(page)
  await expect(page.getByRole('heading', { level: 1, name: 'Bài viết' })).toBeVisible()
  const statuses = page.locator('table.articles tbody td:nth-child(2)')
  await expect(statuses.first()).toBeVisible()
  await page.getByLabel('Trạng thái').selectOption('DRAFT')
  await page.getByRole('button', { name: 'Lọc' }).click()
  await expect(page).toHaveURL(/trang-thai=DRAFT/)
  await expect(statuses.first()).toHaveText('Bản nháp')
  expect(new Set(await statuses.allTextContents())).toEqual(new Set(['Bản nháp']))

  await page.getByLabel('Trạng thái').selectOption('')
  await page.getByLabel('Chuyên mục').selectOption({ label: 'Xây dựng Đảng' })
  await page.getByLabel('Tác giả').selectOption({ label: 'Minh Hằng' })
  await page.getByRole('button', { name: 'Lọc' }).click()
  await expect(page).toHaveURL(/chuyen-muc=xay-dung-dang&tac-gia=/)
  const rows = page.locator('table.articles tbody tr')
  await expect(rows.first()).toBeVisible()
  for (const row of await rows.all()) {
    await expect(row.locator('td').nth(2)).toHaveText('Xây dựng Đảng')
    await expect(row.locator('td').nth(3)).toHaveText('Minh Hằng')
  }
  await page.getByLabel('Chuyên mục').selectOption('')
  await page.getByLabel('Tác giả').selectOption('')
  await page.getByLabel(/^Tìm/).fill('quy che dan chu so ket 6 thang')
  await page.getByRole('button', { name: 'Lọc' }).click()
  await expect(page.locator('table.articles tbody tr').first()).toContainText('Hội nghị sơ kết 6 tháng đầu năm')

  await page.goto('/quan-tri/bai-viet')
  await page.getByRole('link', { name: 'Trang sau ›' }).click()
  await expect(page.getByText(/^Trang 2 \//)).toBeVisible()
  await expectNoAxeViolations(page)
})

test('the body takes a paste from Word as paragraphs, without its styles', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/quan-tri/bai-viet/moi')
  await signIn(page)
  await body(page).click()
  const word = '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head>'
    + '<body><!--StartFragment--><p class=MsoNormal style="margin-bottom:0;font-family:Times New Roman">'
    + '<span style="font-size:14pt">Đoạn thứ nhất của <b>văn bản</b>.</span><o:p></o:p></p>'
    + '<p class=MsoNormal style="text-indent:36pt"><span lang=VI style="color:red">Đoạn thứ hai.</span><o:p></o:p></p>'
    + '<!--EndFragment--></body></html>'
  await body(page).evaluate((element, html) => {
    const data = new DataTransfer()
    data.setData('text/html', html)
    data.setData('text/plain', 'Đoạn thứ nhất của văn bản.\nĐoạn thứ hai.')
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, word)
  await expect(body(page).locator('p')).toHaveCount(2)
  const html = await body(page).innerHTML()
  expect(html).toContain('<p>Đoạn thứ nhất của <strong>văn bản</strong>.</p><p>Đoạn thứ hai.</p>')
  expect(html).not.toMatch(/style=|class="Mso|o:p|Times New Roman/)
})

test('users: an ADMIN creates an editor, changes the role, disables the account and sets a new password', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/quan-tri/nguoi-dung')
  await signIn(page)
  await expect(page.getByRole('heading', { level: 1, name: 'Người dùng' })).toBeVisible()
  const username = `bien-tap-${Date.now() % 100000}`
  await page.getByLabel('Tên đăng nhập').fill(username)
  await page.getByLabel('Họ tên').fill('Nguyễn Văn Biên')
  await page.getByLabel('Mật khẩu (ít nhất 10 ký tự)').fill('mat-khau-bien-tap')
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Đã tạo tài khoản ${username}.` })).toBeVisible()
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: username }) })
  await expect(row).toContainText('Đang dùng')
  await row.getByLabel(`Vai trò của ${username}`).selectOption('ADMIN')
  await expect(page.getByRole('status').filter({ hasText: `Đã đổi vai trò của ${username}.` })).toBeVisible()
  await row.getByRole('button', { name: `Khóa ${username}` }).click()
  await expect(row).toContainText('Đã khóa')
  page.once('dialog', (d) => d.accept('mat-khau-moi-rat-dai'))
  await row.getByRole('button', { name: `Đặt lại mật khẩu của ${username}` }).click()
  await expect(page.getByRole('status').filter({ hasText: `Đã đặt mật khẩu mới cho ${username}.` })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('the editor works on a 10-inch tablet: one column, nothing wider than the screen', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 1280 })
  await page.goto('/quan-tri/bai-viet/moi')
  await signIn(page)
  await expect(page.getByLabel('Tiêu đề')).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800)
  const form = await page.locator('.article-editor__form').boundingBox()
  const side = await page.locator('.article-editor__side').boundingBox()
  expect(side!.y).toBeGreaterThan(form!.y + form!.height - 1)
  await expectNoAxeViolations(page)
  await page.screenshot({ path: `${SHOTS}/editor-tablet.png`, fullPage: true })
  for (const [path, heading] of [['/quan-tri/bai-viet', 'Bài viết'], ['/quan-tri/nguoi-dung', 'Người dùng'], ['/quan-tri', 'Trang quản trị']]) {
    await page.getByRole('link', { name: heading === 'Trang quản trị' ? 'Quản trị bản tin' : heading }).click()
    await expect(page).toHaveURL(path)
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(800)
    await expectNoAxeViolations(page)
  }
})

test('field errors stand beside their fields; a draft is saved, then archived', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/quan-tri/bai-viet/moi')
  await signIn(page)
  await body(page).click()
  await page.keyboard.type('Nội dung chưa có tiêu đề.')
  await page.getByRole('button', { name: 'Đăng ngay' }).click()
  const title = page.getByLabel('Tiêu đề')
  await expect(title).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#tieu-de-loi')).toHaveText('Chưa nhập.')
  await expect(page.getByRole('alert')).toContainText('Có ô nhập chưa đúng')
  await expectNoAxeViolations(page)

  await title.fill(`Thông báo lịch tiếp công dân ${Date.now()}`)
  await page.getByRole('button', { name: 'Lưu nháp' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu.' })).toBeVisible()
  await expect(title).not.toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('.status').first()).toHaveText('Bản nháp')
  page.once('dialog', (d) => d.accept())
  await page.getByRole('button', { name: 'Lưu trữ' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã đưa vào lưu trữ.' })).toBeVisible()
  await expect(page.locator('.status').first()).toHaveText('Lưu trữ')
})

test('images: a cover picked from the computer, a photo pasted into the body with a progress bar; the preview explains abbreviations',
  async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto('/quan-tri/bai-viet/moi')
    await signIn(page)
    await page.getByLabel('Tiêu đề').fill(`Hội nghị học tập chuyên đề ${Date.now()}`)
    await body(page).click()
    await page.keyboard.type('Hội nghị bàn việc thực hiện QCDC ở cơ sở.')

    await page.getByLabel('Tải ảnh đại diện lên…').setInputFiles(PHOTO)
    await expect(page.getByLabel('Ảnh đại diện (địa chỉ ảnh)')).toHaveValue(/^\/media\/.+\.jpg$/)
    await expect(page.getByRole('img', { name: 'Ảnh đại diện đã chọn' })).toBeVisible()

    // A slow upload, as on an office line: the bar shows how far it has gone.
    await page.route('**/api/v1/admin/media', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500))
      await route.continue()
    })
    const photo = readFileSync(PHOTO).toString('base64')
    await body(page).evaluate((element, base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const data = new DataTransfer()
      data.items.add(new File([bytes], 'anh-dan.jpg', { type: 'image/jpeg' }))
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    }, photo)
    await expect(page.locator('progress#upload-progress')).toBeVisible()
    await expect(page.getByText('Đang tải lên anh-dan.jpg')).toBeVisible()
    const dialog = page.getByRole('dialog', { name: 'Mô tả ảnh' })
    await expect(dialog.getByLabel(/Ảnh này cho thấy gì/)).toBeFocused()
    await expectNoAxeViolations(page)
    await dialog.getByRole('button', { name: 'Chèn ảnh' }).click()
    await expect(dialog).toBeVisible() // a description is required
    await dialog.getByLabel(/Ảnh này cho thấy gì/).fill('Đại biểu dự hội nghị')
    await dialog.getByRole('button', { name: 'Chèn ảnh' }).click()
    await expect(body(page).getByRole('img', { name: 'Đại biểu dự hội nghị' })).toBeVisible()
    await page.unroute('**/api/v1/admin/media')

    // Dropped from the desktop: the same questions; "skip" leaves the text as it was.
    await body(page).evaluate((element, base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const data = new DataTransfer()
      data.items.add(new File([bytes], 'anh-keo-tha.jpg', { type: 'image/jpeg' }))
      const box = element.getBoundingClientRect()
      element.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true,
        clientX: box.left + 20, clientY: box.top + 20 }))
    }, photo)
    await dialog.getByRole('button', { name: 'Bỏ qua, không chèn' }).click()
    await expect(dialog).toBeHidden()
    await expect(body(page).getByRole('img')).toHaveCount(1)

    await page.getByRole('button', { name: 'Xem trước' }).click()
    const preview = page.getByRole('region', { name: /Xem trước/ })
    await expect(preview.locator('abbr', { hasText: 'QCDC' })).toHaveAttribute('title', /Quy chế dân chủ/i)
    await expect(preview.getByRole('img', { name: 'Đại biểu dự hội nghị' })).toBeVisible()
  })

test('a stale save: the editor can take the server\'s version, or merge by hand and save', async ({ page, request }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  const token = (await (await request.post('/api/v1/auth/token', { data: ADMIN })).json()).accessToken
  const auth = { Authorization: `Bearer ${token}` }
  const base = {
    title: `Tổ dân phố số 4 ra quân làm sạch môi trường ${Date.now()}`, categorySlug: 'tin-tuc-hoat-dong-cua-quan-uy',
    authorSlug: 'van-tan', bodyHtml: '<p>Bà con ra quân từ sáng sớm.</p>',
  }
  const created = await request.post('/api/v1/admin/articles', { headers: auth, data: base })
  expect(created.status()).toBe(201)
  const id = (await created.json()).id
  const editElsewhere = async (changes: Record<string, string>) => {
    const now = await request.get(`/api/v1/admin/articles/${id}`, { headers: auth })
    const put = await request.put(`/api/v1/admin/articles/${id}`, {
      headers: { ...auth, 'If-Match': now.headers().etag }, data: { ...base, ...changes },
    })
    expect(put.status()).toBe(200)
  }

  await page.goto(`/quan-tri/bai-viet/${id}`)
  await signIn(page)
  await expect(page.getByLabel('Tiêu đề')).toHaveValue(base.title)
  await editElsewhere({ summary: 'Tóm tắt do người khác viết.' })
  await page.getByLabel('Tóm tắt').fill('Tóm tắt của tôi.')
  await page.getByRole('button', { name: 'Lưu nháp' }).click()
  const conflict = page.getByRole('region', { name: /Bài đã được sửa ở nơi khác/ })
  await conflict.getByRole('button', { name: 'Lấy bản trên máy chủ' }).click()
  await expect(conflict).toBeHidden()
  await expect(page.getByLabel('Tóm tắt')).toHaveValue('Tóm tắt do người khác viết.')

  await editElsewhere({ summary: 'Tóm tắt do người khác viết.', bodyHtml: '<p>Bà con ra quân từ 6 giờ sáng.</p>' })
  await page.getByLabel('Tóm tắt').fill('Tóm tắt do người khác viết, tôi bổ sung.')
  await page.getByRole('button', { name: 'Lưu nháp' }).click()
  await expect(conflict).toContainText('Bà con ra quân từ 6 giờ sáng.')
  await conflict.getByRole('button', { name: 'Gộp tay' }).click()
  await body(page).click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type('Bà con ra quân từ 6 giờ sáng.')
  await page.getByRole('button', { name: 'Lưu nháp' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu.' })).toBeVisible()
  const saved = await (await request.get(`/api/v1/admin/articles/${id}`, { headers: auth })).json()
  expect([saved.summary, saved.bodyHtml]).toEqual(['Tóm tắt do người khác viết, tôi bổ sung.', '<p>Bà con ra quân từ 6 giờ sáng.</p>'])
})

test('reader pages never load the editor\'s code', async ({ page }) => {
  const scripts: string[] = []
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname) })
  for (const path of ['/', '/chuyen-muc/tin-tuc-hoat-dong-cua-quan-uy', '/tim-kiem?q=quy%20che']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  }
  expect(scripts.length).toBeGreaterThan(2)
  expect(scripts.filter((s) => /EditorApp|uPlot/.test(s))).toEqual([])
  await page.goto('/quan-tri/dang-nhap')
  await expect(page.getByRole('heading', { name: 'Đăng nhập quản trị' })).toBeVisible()
  expect(scripts.some((s) => /EditorApp/.test(s))).toBe(true)
})
