/** The page numbers to offer: the first, the last, and two on each side of the current one; gaps are null (…). */
export function pageNumbers(page: number, totalPages: number): (number | null)[] {
  const shown = new Set([1, totalPages, page - 2, page - 1, page, page + 1, page + 2])
  const numbers = [...shown].filter((n) => n >= 1 && n <= totalPages).sort((a, b) => a - b)
  const withGaps: (number | null)[] = []
  numbers.forEach((n, i) => {
    if (i > 0 && n - numbers[i - 1] === 2) withGaps.push(n - 1) // a gap of one page: show it, not "…"
    else if (i > 0 && n - numbers[i - 1] > 2) withGaps.push(null)
    withGaps.push(n)
  })
  return withGaps
}

function pageHref(path: string, query: Record<string, string>, n: number) {
  const params = new URLSearchParams({ ...query, ...(n > 1 ? { trang: String(n) } : {}) })
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

/**
 * Real links to the pages (?trang=n), numbered as on the committee's old portal (1 2 3 … 12) beside previous and
 * next, so that they open in a new tab and are crawlable.
 */
export function Pagination({ path, page, totalPages, query = {} }:
  { path: string; page: number; totalPages: number; query?: Record<string, string> }) {
  if (totalPages <= 1 || page > totalPages) return null
  const href = (n: number) => pageHref(path, query, n)
  return (
    <nav class="pagination" aria-label="Phân trang">
      {page > 1 ? <a href={href(page - 1)} rel="prev">‹ Trang trước</a> : <span />}
      <ol class="pagination__pages">
        {pageNumbers(page, totalPages).map((n, i) => (
          <li key={n ?? `gap-${i}`}>
            {n === null ? <span aria-hidden="true">…</span>
              : n === page ? <span aria-current="page"><span class="visually-hidden">Trang </span>{n}</span>
                : <a href={href(n)}><span class="visually-hidden">Trang </span>{n}</a>}
          </li>
        ))}
      </ol>
      {page < totalPages ? <a href={href(page + 1)} rel="next">Trang sau ›</a> : <span />}
      <p class="pagination__where">Trang {page} / {totalPages}</p>
    </nav>
  )
}

/** A page past the last (an old link, a typed address): say so, and lead to the last page. */
export function PastTheLastPage({ path, page, totalPages, query = {} }:
  { path: string; page: number; totalPages: number; query?: Record<string, string> }) {
  return (
    <div class="past-last" role="status">
      <p>Không có trang {page}: danh sách này chỉ có {totalPages} trang.</p>
      <p><a href={pageHref(path, query, totalPages)}>Đến trang cuối (trang {totalPages})</a></p>
    </div>
  )
}
