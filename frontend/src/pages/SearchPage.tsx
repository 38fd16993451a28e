import { useLocation } from 'preact-iso'
import { getArticles } from '../api/client'
import { ArticleList } from '../components/ArticleList'
import { pageNumber, useHead, useLoad } from '../components/hooks'
import { Pagination, PastTheLastPage } from '../components/Pagination'
import { Failed, Loading } from '../components/Status'
import { count } from '../text/format'

const PAGE_SIZE = 10

export default function SearchPage() {
  const { query } = useLocation()
  const q = (query.q ?? '').trim()
  const page = pageNumber(query)
  useHead(q ? `Tìm kiếm: ${q}` : 'Tìm kiếm', 'Tìm bản tin, gõ có dấu hoặc không dấu, viết tắt hoặc đầy đủ.',
    '/tim-kiem')
  return (
    <section>
      <h1 class="page-heading">Tìm kiếm</h1>
      <form class="search-form" role="search" aria-label="Tìm kiếm nâng cao" action="/tim-kiem">
        <label for="tu-khoa">Từ khóa (có dấu hoặc không dấu, ví dụ: quy che dan chu, QCDC)</label>
        <div class="search-form__row">
          <input id="tu-khoa" name="q" type="search" defaultValue={q} maxLength={200} required />
          <button type="submit" class="button">Tìm</button>
        </div>
      </form>
      {q && <Results q={q} page={page} />}
    </section>
  )
}

function Results({ q, page }: { q: string; page: number }) {
  const found = useLoad(() => getArticles({ q, page, size: PAGE_SIZE }), `${q}|${page}`)
  if (found.state === 'loading') return <Loading rows={PAGE_SIZE} />
  if (found.state === 'failed') return <Failed error={found.error} retry={found.retry} />
  const items = found.data.items
  if (page > found.data.totalPages && found.data.totalPages > 0) {
    return <PastTheLastPage path="/tim-kiem" page={page} totalPages={found.data.totalPages} query={{ q }} />
  }
  return (
    <div aria-live="polite">
      <p class="search-count">{items.length === 0 ? `Không tìm thấy bản tin nào cho “${q}”.`
        : `Tìm thấy ${count(found.data.totalItems)} bản tin cho “${q}”.`}</p>
      <ArticleList items={items} />
      <Pagination path="/tim-kiem" page={page} totalPages={found.data.totalPages} query={{ q }} />
    </div>
  )
}
