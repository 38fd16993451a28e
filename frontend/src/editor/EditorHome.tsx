import { getMostViewed } from '../api/client'
import { formatNumber } from './format'
import { LoadFailed, useEditorLoad } from './useEditorLoad'
import { ApiError } from './api'

/** The editor's first page: what readers read most this week, each a link to its editor. */
export function EditorHome() {
  const week = useEditorLoad(() => getMostViewed('week', 10).catch((e: Error) => {
    throw new ApiError('unreachable', e.message)
  }), 'week')
  return (
    <section>
      <h1>Trang quản trị</h1>
      <p><a class="button primary" href="/quan-tri/bai-viet/moi">Viết bài mới</a></p>
      <h2>Đọc nhiều trong tuần</h2>
      {week.state === 'loading' && <p role="status">Đang tải…</p>}
      {week.state === 'failed' && <LoadFailed error={week.error} retry={week.retry} />}
      {week.state === 'done' && (week.data.length === 0
        ? <p>Tuần này chưa có lượt xem nào.</p>
        : (
          <ol class="most-read">
            {week.data.map((a) => (
              <li key={a.id}>
                <a href={`/quan-tri/bai-viet/${a.id}`}>{a.title}</a>
                <span class="muted"> — {formatNumber(a.periodViews)} lượt xem trong tuần</span>
              </li>
            ))}
          </ol>
        ))}
    </section>
  )
}
