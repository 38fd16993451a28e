/** Real links to the neighbouring pages (?trang=n), so that they open in a new tab and are crawlable. */
export function Pagination({ path, page, totalPages, query = {} }:
  { path: string; page: number; totalPages: number; query?: Record<string, string> }) {
  if (totalPages <= 1) return null
  const href = (n: number) => {
    const params = new URLSearchParams({ ...query, ...(n > 1 ? { trang: String(n) } : {}) })
    const search = params.toString()
    return search ? `${path}?${search}` : path
  }
  return (
    <nav class="pagination" aria-label="Phân trang">
      {page > 1 ? <a href={href(page - 1)} rel="prev">‹ Trang trước</a> : <span />}
      <span aria-current="page">Trang {page} / {totalPages}</span>
      {page < totalPages ? <a href={href(page + 1)} rel="next">Trang sau ›</a> : <span />}
    </nav>
  )
}
