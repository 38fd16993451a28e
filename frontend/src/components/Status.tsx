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

/** What a reader can fix in the address, in their words: the API's own wording is for developers. */
const WRONG_INPUT: Record<string, string> = {
  page: 'Số trang trong địa chỉ không hợp lệ: hãy dùng các nút chuyển trang.',
  q: 'Từ khóa tìm kiếm không hợp lệ: cần từ 1 đến 200 ký tự.',
  size: 'Số bài mỗi trang trong địa chỉ không hợp lệ.',
  from: 'Ngày trong địa chỉ không hợp lệ.',
  to: 'Ngày trong địa chỉ không hợp lệ.',
}

function explanation(error: ApiError): string {
  if (error.status === 'unreachable') {
    return 'Không kết nối được máy chủ bản tin. Vui lòng kiểm tra kết nối mạng và thử lại.'
  }
  if (error.status === 400) {
    const known = error.fields.map((f) => WRONG_INPUT[f]).find((m) => m !== undefined)
    return known ?? 'Địa chỉ trang có phần không hợp lệ. Vui lòng quay lại trang chủ.'
  }
  if (error.status === 429 || error.status === 503) {
    return 'Máy chủ bản tin đang bận. Vui lòng thử lại sau giây lát.'
  }
  return 'Máy chủ bản tin đang gặp sự cố. Vui lòng thử lại sau ít phút.'
}

export function Failed({ error, retry }: { error: ApiError; retry: () => void }) {
  if (error.notFound) return <NotFound />
  if (error.status === 400) {
    return (
      <div class="failed" role="alert">
        <h1>Địa chỉ không hợp lệ</h1>
        <p>{explanation(error)}</p>
        <a class="button" href="/">Về trang chủ</a>
      </div>
    )
  }
  return (
    <div class="failed" role="alert">
      <h1>Không tải được nội dung</h1>
      <p>{explanation(error)}</p>
      <button type="button" class="button" onClick={() => { window.dispatchEvent(new Event(RETRY_EVENT)); retry() }}>
        Thử lại
      </button>
    </div>
  )
}
