/**
 * Earlier versions of an article (who saved them, when), what each differs from the text now, word by word
 * (jsdiff), and a way back to any of them.
 */
import { diffWords } from 'diff'
import { useState } from 'preact/hooks'
import { api, call, type EditorialArticle, type Revision } from './api'
import { hanoiDateTime } from './format'
import { LoadFailed, useEditorLoad } from './useEditorLoad'

/** The words of an article a reader reads, without markup: what a difference is shown on. */
export function plainText(article: { title: string; summary?: string | null; bodyHtml: string }): string {
  const body = new DOMParser().parseFromString(article.bodyHtml, 'text/html').body
  const blocks = Array.from(body.querySelectorAll('p, h2, h3, h4, li, blockquote, td, th, figcaption'))
    .filter((b) => !b.querySelector('p, li'))
    .map((b) => b.textContent?.trim() ?? '')
    .filter((t) => t !== '')
  return [article.title, article.summary ?? '', ...blocks].filter((t) => t !== '').join('\n')
}

export function Revisions({ id, current, restore }: {
  id: number
  current: { title: string; summary: string; bodyHtml: string }
  restore: (revision: Revision) => Promise<void>
}) {
  const revisions = useEditorLoad(() => call(api().GET('/api/v1/admin/articles/{id}/revisions', {
    params: { path: { id } },
  })).then((r) => r.data), String(id))
  const [shown, setShown] = useState<number | null>(null)
  if (revisions.state === 'loading') return <p role="status">Đang tải lịch sử…</p>
  if (revisions.state === 'failed') return <LoadFailed error={revisions.error} retry={revisions.retry} />
  if (revisions.data.length === 0) return <p>Bài chưa được sửa lần nào.</p>
  return (
    <ol class="revisions">
      {revisions.data.map((r) => (
        <li key={r.version}>
          <p>
            <strong>Phiên bản {r.version}</strong> — {r.editedBy}, {hanoiDateTime(r.editedAt)}
          </p>
          <div class="actions">
            <button type="button" aria-expanded={shown === r.version}
              onClick={() => setShown(shown === r.version ? null : r.version)}>
              {shown === r.version ? 'Ẩn khác biệt' : 'Xem khác biệt'}
            </button>
            <button type="button" onClick={() => restore(r)}>Khôi phục bản này</button>
          </div>
          {shown === r.version && <Difference before={r.article as EditorialArticle} after={current} />}
        </li>
      ))}
    </ol>
  )
}

function Difference({ before, after }: {
  before: { title: string; summary?: string | null; bodyHtml: string }
  after: { title: string; summary: string; bodyHtml: string }
}) {
  const parts = diffWords(plainText(before), plainText(after))
  if (parts.every((p) => !p.added && !p.removed)) return <p class="diff">Giống hệt bản hiện tại.</p>
  return (
    <div class="diff" aria-label="Khác biệt so với bản hiện tại">
      <p class="muted">Chữ gạch bỏ chỉ có ở bản cũ; chữ tô xanh chỉ có ở bản hiện tại.</p>
      <p class="diff__text">
        {parts.map((p, i) => p.added ? <ins key={i}>{p.value}</ins> : p.removed ? <del key={i}>{p.value}</del>
          : <span key={i}>{p.value}</span>)}
      </p>
    </div>
  )
}
