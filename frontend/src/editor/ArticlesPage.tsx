import { useLocation } from 'preact-iso'
import { getAuthors, getCategories } from '../api/client'
import { api, call, ApiError, type ArticleStatus } from './api'
import { formatNumber, hanoiDateTime } from './format'
import { STATUS_WORDS } from './statusWords'
import { LoadFailed, useEditorLoad } from './useEditorLoad'

const PAGE_SIZE = 20

/** The filters live in the address (?trang-thai=DRAFT&chuyen-muc=…&q=…&trang=2): a list can be bookmarked and shared. */
export function ArticlesPage() {
  const { query, route } = useLocation()
  const filters = {
    status: query['trang-thai'] ?? '',
    category: query['chuyen-muc'] ?? '',
    author: query['tac-gia'] ?? '',
    q: query.q ?? '',
  }
  const page = Math.max(1, Number.parseInt(query.trang ?? '1', 10) || 1)
  const choices = useEditorLoad(() => Promise.all([getCategories(), getAuthors()])
    .catch(() => { throw new ApiError('unreachable', 'Không tải được chuyên mục và tác giả.') }), 'choices')
  const list = useEditorLoad(() => call(api().GET('/api/v1/admin/articles', {
    params: {
      query: {
        page, size: PAGE_SIZE,
        ...(filters.status ? { status: filters.status } : {}),
        ...(filters.category ? { category: filters.category } : {}),
        ...(filters.author ? { author: filters.author } : {}),
        ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
      },
    },
  })).then((r) => r.data), JSON.stringify([filters, page]))

  const address = (changes: Record<string, string>) => {
    const params = new URLSearchParams()
    const next = { 'trang-thai': filters.status, 'chuyen-muc': filters.category, 'tac-gia': filters.author, q: filters.q,
      trang: '', ...changes }
    for (const [k, v] of Object.entries(next)) if (v) params.set(k, v)
    const search = params.toString()
    return search ? `/quan-tri/bai-viet?${search}` : '/quan-tri/bai-viet'
  }
  const submit = (event: Event) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget as HTMLFormElement)
    route(address({
      'trang-thai': String(form.get('status') ?? ''), 'chuyen-muc': String(form.get('category') ?? ''),
      'tac-gia': String(form.get('author') ?? ''), q: String(form.get('q') ?? '').trim(),
    }))
  }

  return (
    <section>
      <h1>Bài viết</h1>
      <form class="filters" onSubmit={submit} role="search" aria-label="Lọc bài viết">
        <div>
          <label for="loc-trang-thai">Trạng thái</label>
          <select id="loc-trang-thai" name="status" value={filters.status}>
            <option value="">Tất cả</option>
            {(Object.keys(STATUS_WORDS) as ArticleStatus[]).map((s) => <option key={s} value={s}>{STATUS_WORDS[s]}</option>)}
          </select>
        </div>
        <div>
          <label for="loc-chuyen-muc">Chuyên mục</label>
          <select id="loc-chuyen-muc" name="category" value={filters.category}>
            <option value="">Tất cả</option>
            {choices.state === 'done' && choices.data[0].map((c) => <option key={c.slug} value={c.slug}>{c.name}</option>)}
          </select>
        </div>
        <div>
          <label for="loc-tac-gia">Tác giả</label>
          <select id="loc-tac-gia" name="author" value={filters.author}>
            <option value="">Tất cả</option>
            {choices.state === 'done' && choices.data[1].map((a) => <option key={a.slug} value={a.slug}>{a.name}</option>)}
          </select>
        </div>
        <div class="filters__search">
          <label for="loc-q">Tìm (có dấu hoặc không dấu)</label>
          <input id="loc-q" name="q" type="search" maxLength={200} value={filters.q} />
        </div>
        <button type="submit">Lọc</button>
      </form>
      {list.state === 'loading' && <p role="status">Đang tải…</p>}
      {list.state === 'failed' && <LoadFailed error={list.error} retry={list.retry} />}
      {list.state === 'done' && (
        <>
          <p role="status">{formatNumber(list.data.totalItems)} bài</p>
          {list.data.items.length > 0 && (
            <table class="articles">
              <caption class="visually-hidden">Danh sách bài viết</caption>
              <thead>
                <tr><th scope="col">Tiêu đề</th><th scope="col">Trạng thái</th><th scope="col">Chuyên mục</th>
                  <th scope="col">Tác giả</th><th scope="col">Ngày đăng</th><th scope="col">Lượt xem</th></tr>
              </thead>
              <tbody>
                {list.data.items.map((a) => (
                  <tr key={a.id}>
                    <td><a href={`/quan-tri/bai-viet/${a.id}`}>{a.title}</a></td>
                    <td><span class={`status status--${a.status.toLowerCase()}`}>{STATUS_WORDS[a.status]}</span></td>
                    <td>{a.category.name}</td>
                    <td>{a.author.name}</td>
                    <td>{hanoiDateTime(a.publishedAt)}</td>
                    <td class="number">{formatNumber(a.viewCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {list.data.totalPages > 1 && (
            <nav class="pagination" aria-label="Phân trang">
              {page > 1 ? <a href={address({ trang: String(page - 1) })} rel="prev">‹ Trang trước</a> : <span />}
              <span aria-current="page">Trang {page} / {list.data.totalPages}</span>
              {page < list.data.totalPages ? <a href={address({ trang: String(page + 1) })} rel="next">Trang sau ›</a> : <span />}
            </nav>
          )}
        </>
      )}
    </section>
  )
}
