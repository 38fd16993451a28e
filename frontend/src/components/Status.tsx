import type { ApiError } from '../api/client'
import { NotFound } from '../pages/NotFound'
import { RETRY_EVENT } from './retry'

/** Placeholder rows of the size of what is coming, so nothing jumps when it arrives. */
export function Loading({ rows = 5 }: { rows?: number }) {
  return (
    <div class="loading" role="status" aria-live="polite">
      <span class="visually-hidden">Đang tải…</span>
      {Array.from({ length: rows }, (_, i) => <div key={i} class="skeleton" aria-hidden="true" />)}
    </div>
  )
}

export function Failed({ error, retry }: { error: ApiError; retry: () => void }) {
  if (error.notFound) return <NotFound />
  return (
    <div class="failed" role="alert">
      <h1>Không tải được nội dung</h1>
      <p>
        {error.status === 'unreachable'
          ? 'Không kết nối được máy chủ bản tin. Vui lòng kiểm tra kết nối mạng và thử lại.'
          : `Máy chủ bản tin đang gặp sự cố (${error.message}). Vui lòng thử lại sau ít phút.`}
      </p>
      <button type="button" class="button" onClick={() => { window.dispatchEvent(new Event(RETRY_EVENT)); retry() }}>
        Thử lại
      </button>
    </div>
  )
}
