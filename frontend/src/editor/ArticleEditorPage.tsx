/**
 * Writing a bulletin: the fields, the body in Tiptap, and what the office does with it (save, publish now,
 * schedule in Hanoi time, archive), the API's warnings beside the text, a preview through the reader's own
 * components, a stale save resolved without losing a word, the history, and the views per day.
 */
import type { Editor } from '@tiptap/core'
import DOMPurify from 'dompurify'
import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { useLocation, useRoute } from 'preact-iso'
import { getAuthors, getCategories, getGlossary, getTags, type Article } from '../api/client'
import { BulletinView, bodyWithAbbreviations } from '../components/BulletinView'
import {
  api, call, ApiError, versionOf, type ArticleRequest, type ArticleStatus, type EditorialArticle,
  type EditorialWarning, type FieldProblem, type Revision,
} from './api'
import { hanoiDateTime } from './format'
import { hanoiFields, hanoiInstant, nextHourInHanoi } from './hanoiTime'
import { useImageUpload } from './ImageUpload'
import { dropDraft, keepDraft, readDraft } from './localDraft'
import { Revisions } from './Revisions'
import { RichText, selectInBody } from './RichText'
import { STATUS_WORDS } from './statusWords'
import { LoadFailed, useEditorLoad } from './useEditorLoad'
import { ViewsChart } from './ViewsChart'

interface Form {
  title: string
  slug: string
  summary: string
  categorySlug: string
  authorSlug: string
  tagSlugs: string[]
  coverImageUrl: string
  bodyHtml: string
  status: ArticleStatus
  date: string
  time: string
}

const EMPTY: Form = {
  title: '', slug: '', summary: '', categorySlug: '', authorSlug: '', tagSlugs: [], coverImageUrl: '', bodyHtml: '',
  status: 'DRAFT', date: '', time: '',
}

function formOf(article: EditorialArticle): Form {
  const at = article.publishedAt ? hanoiFields(article.publishedAt) : { date: '', time: '' }
  return {
    title: article.title, slug: article.slug, summary: article.summary ?? '', categorySlug: article.category.slug,
    authorSlug: article.author.slug, tagSlugs: article.tags.map((t) => t.slug), coverImageUrl: article.coverImageUrl ?? '',
    bodyHtml: article.bodyHtml, status: article.status, ...at,
  }
}

type Intent = 'save' | 'publish' | 'schedule'

const FIELD_LABELS: Record<string, string> = {
  title: 'Tiêu đề', slug: 'Địa chỉ', summary: 'Tóm tắt', categorySlug: 'Chuyên mục', authorSlug: 'Tác giả',
  tagSlugs: 'Thẻ', coverImageUrl: 'Ảnh đại diện', bodyHtml: 'Nội dung', publishedAt: 'Ngày giờ đăng',
  expiresAt: 'Hết hạn', status: 'Trạng thái',
}

export function ArticleEditorPage() {
  const { params } = useRoute()
  const id = params.id ? Number(params.id) : null
  // A new bulletin's first save moves the address to its id: the same editor carries on (its message, warnings
  // and undo history), rather than a fresh one loading what it has just sent.
  const createdHere = useRef<number | null>(null)
  const fresh = useRef({ id, count: 0 })
  if (id === null && fresh.current.id !== null) fresh.current = { id, count: fresh.current.count + 1 }
  fresh.current.id = id
  const continuing = id !== null && id === createdHere.current
  const key = id === null || continuing ? `moi-${fresh.current.count}` : String(id)
  const loaded = useEditorLoad(async () => {
    const [article, categories, authors, tags, glossary] = await Promise.all([
      id === null || continuing ? Promise.resolve(null)
        : call(api().GET('/api/v1/admin/articles/{id}', { params: { path: { id } } })),
      getCategories(), getAuthors(), getTags(), getGlossary().catch(() => []),
    ]).catch((e: unknown) => {
      throw e instanceof ApiError ? e : new ApiError('unreachable', 'Không tải được dữ liệu cho trang viết bài.')
    })
    return { article, categories, authors, tags, glossary }
  }, key)
  if (loaded.state === 'loading') return <p role="status">Đang tải…</p>
  if (loaded.state === 'failed') return <LoadFailed error={loaded.error} retry={loaded.retry} />
  const { article, ...choices } = loaded.data
  return <ArticleEditor key={key} initial={article ? { article: article.data, version: versionOf(article.response) } : null}
    choices={choices} onCreated={(created) => { createdHere.current = created }} />
}

interface Choices {
  categories: { slug: string; name: string }[]
  authors: { slug: string; name: string }[]
  tags: { slug: string; name: string }[]
  glossary: { term: string; expansion: string }[]
}

function ArticleEditor({ initial, choices, onCreated }: {
  initial: { article: EditorialArticle; version: number } | null
  choices: Choices
  onCreated: (id: number) => void
}) {
  const { route } = useLocation()
  const [article, setArticle] = useState<EditorialArticle | null>(initial?.article ?? null)
  const [version, setVersion] = useState<number | null>(initial?.version ?? null)
  const draftKey = article ? String(article.id) : 'moi'
  const startingForm = useMemo(() => initial ? formOf(initial.article) : {
    ...EMPTY, categorySlug: choices.categories[0]?.slug ?? '', authorSlug: choices.authors[0]?.slug ?? '',
  }, [])
  const [form, setForm] = useState<Form>(startingForm)
  const [offered, setOffered] = useState(() => {
    const kept = readDraft<Form>(draftKey)
    return kept && JSON.stringify(kept.form) !== JSON.stringify(startingForm) ? kept : null
  })
  const [warnings, setWarnings] = useState<EditorialWarning[]>(initial?.article.warnings ?? [])
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const [conflict, setConflict] = useState<{ article: EditorialArticle; version: number } | null>(null)
  const [panel, setPanel] = useState<'none' | 'preview' | 'revisions' | 'stats'>('none')
  const [busy, setBusy] = useState(false)
  const editor = useRef<Editor | null>(null)
  const title = useRef<HTMLInputElement>(null)
  const summary = useRef<HTMLTextAreaElement>(null)
  const images = useImageUpload((text) => setMessage({ kind: 'error', text }))

  const change = (changes: Partial<Form>) => setForm((f) => ({ ...f, ...changes }))
  // Every change is kept on this machine a moment later, until the server has it.
  useEffect(() => {
    if (JSON.stringify(form) === JSON.stringify(startingForm) && !offered) return
    const timer = setTimeout(() => keepDraft(draftKey, form), 500)
    return () => clearTimeout(timer)
  }, [form])

  const replaceForm = (next: Form) => {
    setForm(next)
    editor.current?.commands.setContent(next.bodyHtml, { emitUpdate: false })
  }

  const adopt = (saved: EditorialArticle, savedVersion: number) => {
    setArticle(saved)
    setVersion(savedVersion)
    setWarnings(saved.warnings ?? [])
    setProblems([])
    dropDraft(draftKey)
    setForm((f) => ({ ...f, slug: saved.slug, status: saved.status,
      ...(saved.publishedAt ? hanoiFields(saved.publishedAt) : { date: '', time: '' }) }))
  }

  const request = (intent: Intent): ArticleRequest | string => {
    const status: ArticleStatus = intent === 'publish' ? 'PUBLISHED' : intent === 'schedule' ? 'SCHEDULED' : form.status
    let publishedAt: string | null = null
    if (status === 'SCHEDULED') {
      publishedAt = hanoiInstant({ date: form.date, time: form.time })
      if (!publishedAt) return 'Ngày giờ đăng chưa đúng: ngày dạng 10/07/2024, giờ dạng 14:30 (giờ Hà Nội).'
      if (intent === 'schedule' && Date.parse(publishedAt) <= Date.now()) return 'Thời điểm lên lịch đã qua: chọn một thời điểm sau bây giờ.'
    } else if (status === 'PUBLISHED' && article?.status === 'PUBLISHED') {
      publishedAt = article.publishedAt ?? null
    } else if (status === 'ARCHIVED') {
      publishedAt = article?.publishedAt ?? null
    }
    return {
      title: form.title, summary: form.summary || null, bodyHtml: form.bodyHtml, categorySlug: form.categorySlug,
      authorSlug: form.authorSlug, tagSlugs: form.tagSlugs, coverImageUrl: form.coverImageUrl || null, status, publishedAt,
      ...(article && form.slug ? { slug: form.slug } : {}),
    }
  }

  const save = async (intent: Intent, baseVersion = version) => {
    const body = request(intent)
    if (typeof body === 'string') {
      setMessage({ kind: 'error', text: body })
      return
    }
    setBusy(true)
    setMessage(null)
    try {
      if (!article) {
        const created = await call(api().POST('/api/v1/admin/articles', { body }))
        adopt(created.data, versionOf(created.response))
        dropDraft('moi')
        onCreated(created.data.id)
        route(`/quan-tri/bai-viet/${created.data.id}`, true)
      } else {
        const updated = await call(api().PUT('/api/v1/admin/articles/{id}', {
          params: { path: { id: article.id }, header: { 'If-Match': `"${baseVersion}"` } }, body,
        }))
        adopt(updated.data, versionOf(updated.response))
        setConflict(null)
      }
      setMessage({ kind: 'ok', text: intent === 'publish' ? 'Đã đăng bài.' : intent === 'schedule'
        ? `Đã lên lịch đăng lúc ${form.time} ngày ${form.date} (giờ Hà Nội).` : 'Đã lưu.' })
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError('unreachable', String(e))
      if (error.status === 412 && article) {
        const server = await call(api().GET('/api/v1/admin/articles/{id}', { params: { path: { id: article.id } } }))
        setConflict({ article: server.data, version: versionOf(server.response) })
      }
      setProblems(error.problems)
      setMessage({ kind: 'error', text: error.message })
    } finally {
      setBusy(false)
    }
  }

  const archive = async () => {
    if (!article || !window.confirm('Đưa bài này vào lưu trữ? Bài sẽ không còn hiện với bạn đọc.')) return
    try {
      await call(api().DELETE('/api/v1/admin/articles/{id}', { params: { path: { id: article.id } } }))
      const fresh = await call(api().GET('/api/v1/admin/articles/{id}', { params: { path: { id: article.id } } }))
      adopt(fresh.data, versionOf(fresh.response))
      setMessage({ kind: 'ok', text: 'Đã đưa vào lưu trữ.' })
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) })
    }
  }

  const restore = async (revision: Revision) => {
    if (!article) return
    try {
      const restored = await call(api().POST('/api/v1/admin/articles/{id}/revisions/{version}/restore', {
        params: { path: { id: article.id, version: revision.version }, header: { 'If-Match': `"${version}"` } },
      }))
      adopt(restored.data, versionOf(restored.response))
      replaceForm(formOf(restored.data))
      setPanel('none')
      setMessage({ kind: 'ok', text: `Đã khôi phục phiên bản ${revision.version}.` })
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) })
    }
  }

  const showWarning = (warning: EditorialWarning) => {
    if (warning.field === 'bodyHtml') {
      if (editor.current) selectInBody(editor.current, warning.excerpt)
      return
    }
    const input = warning.field === 'title' ? title.current : summary.current
    if (!input) return
    const at = input.value.indexOf(warning.excerpt)
    input.focus()
    if (at >= 0) input.setSelectionRange(at, at + warning.excerpt.length)
  }

  const insertImages = async (files: File[]) => {
    for (const file of files) {
      const media = await images.upload(file)
      if (!media) continue
      const alt = await images.askAlt(media)
      if (alt !== null) editor.current?.chain().focus().setImage({ src: media.url, alt }).run()
    }
  }

  const pickCover = async (file: File | undefined) => {
    if (!file) return
    const media = await images.upload(file)
    if (media) change({ coverImageUrl: media.url })
  }

  const problem = (field: string) => problems.filter((p) => p.field === field).map((p) => p.message).join(' ')
  const fieldError = (field: string, id: string) => problem(field)
    ? <p class="field-error" id={`${id}-loi`}>{problem(field)}</p> : null
  const invalid = (field: string, id: string) => problem(field)
    ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-loi` } : {}

  return (
    <section class="article-editor">
      <h1>{article ? 'Sửa bài' : 'Viết bài mới'}</h1>
      {article && (
        <p class="muted">
          <span class={`status status--${article.status.toLowerCase()}`}>{STATUS_WORDS[article.status]}</span>
          {' '}· phiên bản {version} · sửa lần cuối {hanoiDateTime(article.updatedAt)}
          {article.status !== 'DRAFT' && article.status !== 'ARCHIVED' && (
            <> · <a href={`/bai-viet/${article.slug}`} target="_blank" rel="noopener">Xem trên trang bản tin</a></>
          )}
        </p>
      )}
      {offered && (
        <div class="notice" role="region" aria-label="Bản nháp trên máy này">
          <p>Có bản đang viết dở lưu trên máy này lúc {hanoiDateTime(new Date(offered.savedAt).toISOString())}, chưa được lưu lên máy chủ.</p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => { replaceForm(offered.form); setOffered(null) }}>Khôi phục bản đang viết</button>
            <button type="button" onClick={() => { dropDraft(draftKey); setOffered(null) }}>Bỏ bản đó</button>
          </div>
        </div>
      )}
      {message && <p class={message.kind === 'ok' ? 'success' : 'error'} role={message.kind === 'ok' ? 'status' : 'alert'}>{message.text}</p>}
      {problems.length > 0 && (
        <ul class="error-summary" aria-label="Các ô cần sửa">
          {problems.map((p, i) => <li key={i}>{FIELD_LABELS[p.field] ?? p.field}: {p.message}</li>)}
        </ul>
      )}
      {conflict && (
        <Conflict server={conflict.article} mine={form}
          keepMine={() => save('save', conflict.version)}
          takeServer={() => { adopt(conflict.article, conflict.version); replaceForm(formOf(conflict.article)); setConflict(null); setMessage(null) }}
          mergeByHand={() => { setVersion(conflict.version); setMessage({ kind: 'ok', text: 'Sửa bản của bạn theo bản trên máy chủ (bên trái), rồi bấm Lưu.' }) }} />
      )}
      <div class="article-editor__layout">
        <form class="form article-editor__form" onSubmit={(e) => { e.preventDefault(); save('save') }}>
          <label for="tieu-de">Tiêu đề</label>
          <input id="tieu-de" ref={title} value={form.title} maxLength={300} required
            onInput={(e) => change({ title: e.currentTarget.value })} {...invalid('title', 'tieu-de')} />
          {fieldError('title', 'tieu-de')}
          {article && (
            <>
              <label for="dia-chi">Địa chỉ bài (phần cuối đường dẫn)</label>
              <input id="dia-chi" value={form.slug} maxLength={100} onInput={(e) => change({ slug: e.currentTarget.value })}
                {...invalid('slug', 'dia-chi')} />
              {fieldError('slug', 'dia-chi')}
            </>
          )}
          <label for="tom-tat">Tóm tắt</label>
          <textarea id="tom-tat" ref={summary} rows={3} maxLength={2000} value={form.summary}
            onInput={(e) => change({ summary: e.currentTarget.value })} {...invalid('summary', 'tom-tat')} />
          {fieldError('summary', 'tom-tat')}
          <div class="form__row">
            <div>
              <label for="chuyen-muc">Chuyên mục</label>
              <select id="chuyen-muc" value={form.categorySlug} onChange={(e) => change({ categorySlug: e.currentTarget.value })}
                {...invalid('categorySlug', 'chuyen-muc')}>
                {choices.categories.map((c) => <option key={c.slug} value={c.slug}>{c.name}</option>)}
              </select>
              {fieldError('categorySlug', 'chuyen-muc')}
            </div>
            <div>
              <label for="tac-gia">Tác giả</label>
              <select id="tac-gia" value={form.authorSlug} onChange={(e) => change({ authorSlug: e.currentTarget.value })}
                {...invalid('authorSlug', 'tac-gia')}>
                {choices.authors.map((a) => <option key={a.slug} value={a.slug}>{a.name}</option>)}
              </select>
              {fieldError('authorSlug', 'tac-gia')}
            </div>
          </div>
          {choices.tags.length > 0 && (
            <fieldset class="tags">
              <legend>Thẻ</legend>
              {choices.tags.map((t) => (
                <label key={t.slug} class="check">
                  <input type="checkbox" checked={form.tagSlugs.includes(t.slug)} onChange={(e) => change({
                    tagSlugs: e.currentTarget.checked ? [...form.tagSlugs, t.slug] : form.tagSlugs.filter((s) => s !== t.slug),
                  })} />
                  {t.name}
                </label>
              ))}
            </fieldset>
          )}
          <label for="anh-dai-dien">Ảnh đại diện (địa chỉ ảnh)</label>
          <div class="form__row">
            <input id="anh-dai-dien" value={form.coverImageUrl} maxLength={1000}
              onInput={(e) => change({ coverImageUrl: e.currentTarget.value })} {...invalid('coverImageUrl', 'anh-dai-dien')} />
            <label class="button">
              Tải ảnh đại diện lên…
              <input type="file" accept="image/jpeg,image/png,image/webp,image/gif" class="visually-hidden"
                onChange={(e) => { pickCover(e.currentTarget.files?.[0]); e.currentTarget.value = '' }} />
            </label>
          </div>
          {fieldError('coverImageUrl', 'anh-dai-dien')}
          {form.coverImageUrl && <img class="cover-preview" src={form.coverImageUrl} alt="Ảnh đại diện đã chọn" />}
          <p class="label" id="noi-dung-nhan">Nội dung</p>
          <p class="muted" id="noi-dung-huong-dan">Kéo thả hoặc dán ảnh vào nội dung, hoặc
            <label class="link-button"> chọn ảnh để chèn<input type="file" accept="image/jpeg,image/png,image/webp,image/gif"
              multiple class="visually-hidden" onChange={(e) => {
                insertImages(Array.from(e.currentTarget.files ?? []))
                e.currentTarget.value = ''
              }} /></label>.</p>
          <RichText html={form.bodyHtml} labelledBy="noi-dung-nhan" describedBy="noi-dung-huong-dan"
            onChange={(bodyHtml) => change({ bodyHtml })} onImageFiles={insertImages}
            onReady={(e) => { editor.current = e }} />
          {fieldError('bodyHtml', 'noi-dung')}
          {images.progress}
          <fieldset class="schedule">
            <legend>Lịch đăng (giờ Hà Nội)</legend>
            <div class="form__row">
              <div>
                <label for="ngay-dang">Ngày (ngày/tháng/năm)</label>
                <input id="ngay-dang" inputMode="numeric" placeholder="10/07/2024" value={form.date}
                  onInput={(e) => change({ date: e.currentTarget.value })} {...invalid('publishedAt', 'ngay-dang')} />
              </div>
              <div>
                <label for="gio-dang">Giờ (24 giờ)</label>
                <input id="gio-dang" inputMode="numeric" placeholder="14:30" value={form.time}
                  onInput={(e) => change({ time: e.currentTarget.value })} />
              </div>
            </div>
            {fieldError('publishedAt', 'ngay-dang')}
            {!form.date && !form.time && (
              <button type="button" class="link-button" onClick={() => change(nextHourInHanoi())}>Gợi ý: giờ tới</button>
            )}
          </fieldset>
          <div class="actions actions--sticky">
            <button type="submit" disabled={busy}>{form.status === 'DRAFT' || !article ? 'Lưu nháp' : 'Lưu'}</button>
            <button type="button" class="primary" disabled={busy} onClick={() => save('publish')}>Đăng ngay</button>
            <button type="button" disabled={busy} onClick={() => save('schedule')}>Lên lịch</button>
            {article && article.status !== 'ARCHIVED' && <button type="button" class="danger" onClick={archive}>Lưu trữ</button>}
          </div>
        </form>
        <aside class="article-editor__side" aria-label="Kiểm tra và công cụ">
          <h2>Cảnh báo</h2>
          {warnings.length === 0
            ? <p class="muted">{article ? 'Không có cảnh báo.' : 'Cảnh báo hiện sau khi lưu.'}</p>
            : (
              <ul class="warnings">
                {warnings.map((w, i) => (
                  <li key={i}>
                    <button type="button" class="warning" onClick={() => showWarning(w)}>
                      <span>{w.message}</span> <span class="muted">({FIELD_LABELS[w.field]}: “{w.excerpt}”)</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          <div class="tabs" role="group" aria-label="Xem thêm">
            <button type="button" aria-pressed={panel === 'preview'} onClick={() => setPanel(panel === 'preview' ? 'none' : 'preview')}>Xem trước</button>
            {article && <button type="button" aria-pressed={panel === 'revisions'} onClick={() => setPanel(panel === 'revisions' ? 'none' : 'revisions')}>Lịch sử sửa</button>}
            {article && <button type="button" aria-pressed={panel === 'stats'} onClick={() => setPanel(panel === 'stats' ? 'none' : 'stats')}>Lượt xem</button>}
          </div>
        </aside>
      </div>
      {panel === 'preview' && <Preview form={form} article={article} choices={choices} />}
      {panel === 'revisions' && article && (
        <section aria-labelledby="lich-su"><h2 id="lich-su">Lịch sử sửa</h2>
          <Revisions id={article.id} current={form} restore={restore} /></section>
      )}
      {panel === 'stats' && article && (
        <section aria-labelledby="luot-xem"><h2 id="luot-xem">Lượt xem</h2><ViewsChart id={article.id} /></section>
      )}
      {images.dialog}
    </section>
  )
}

/** The text being written, as the reader page will show it: the same component, glossary and meta line. */
function Preview({ form, article, choices }: { form: Form; article: EditorialArticle | null; choices: Choices }) {
  const category = choices.categories.find((c) => c.slug === form.categorySlug)
  const author = choices.authors.find((a) => a.slug === form.authorSlug)
  const publishedAt = hanoiInstant({ date: form.date, time: form.time }) ?? article?.publishedAt ?? new Date().toISOString()
  const shown: Article = {
    id: article?.id ?? 0, slug: article?.slug ?? 'xem-truoc', title: form.title, summary: form.summary || null,
    coverImageUrl: form.coverImageUrl || null,
    category: { slug: category?.slug ?? '', name: category?.name ?? '' }, author: { slug: author?.slug ?? '', name: author?.name ?? '' },
    tags: choices.tags.filter((t) => form.tagSlugs.includes(t.slug)), publishedAt, viewCount: article?.viewCount ?? 0,
    bodyHtml: form.bodyHtml, updatedAt: new Date().toISOString(),
  } as Article
  const body = useMemo(() => bodyWithAbbreviations(form.bodyHtml, choices.glossary), [form.bodyHtml])
  return (
    <section class="preview" aria-labelledby="xem-truoc">
      <h2 id="xem-truoc">Xem trước (như bạn đọc sẽ thấy)</h2>
      <div class="preview__page">
        <BulletinView article={shown} body={body} views={shown.viewCount} glossary={choices.glossary} />
        {form.coverImageUrl && !shown.coverImage && <p class="muted">Ảnh đại diện hiện trong danh sách bài.</p>}
      </div>
    </section>
  )
}

/** A stale save: the server's version beside the editor's, nothing lost whichever is kept. */
function Conflict({ server, mine, keepMine, takeServer, mergeByHand }: {
  server: EditorialArticle
  mine: Form
  keepMine: () => void
  takeServer: () => void
  mergeByHand: () => void
}) {
  const serverBody = useMemo(() => DOMPurify.sanitize(server.bodyHtml), [server.bodyHtml])
  const mineBody = useMemo(() => DOMPurify.sanitize(mine.bodyHtml), [mine.bodyHtml])
  return (
    <section class="conflict" role="region" aria-labelledby="xung-dot">
      <h2 id="xung-dot">Bài đã được sửa ở nơi khác trong lúc bạn viết</h2>
      <p>Chưa có gì bị mất: bản của bạn vẫn ở trong ô soạn thảo. Chọn giữ bản nào, hoặc gộp tay.</p>
      <div class="conflict__versions">
        <div>
          <h3>Bản trên máy chủ</h3>
          <p><strong>{server.title}</strong></p>
          {server.summary && <p>{server.summary}</p>}
          <div class="conflict__body" dangerouslySetInnerHTML={{ __html: serverBody }} />
        </div>
        <div>
          <h3>Bản của bạn</h3>
          <p><strong>{mine.title}</strong></p>
          {mine.summary && <p>{mine.summary}</p>}
          <div class="conflict__body" dangerouslySetInnerHTML={{ __html: mineBody }} />
        </div>
      </div>
      <div class="actions">
        <button type="button" class="primary" onClick={keepMine}>Giữ bản của tôi</button>
        <button type="button" onClick={takeServer}>Lấy bản trên máy chủ</button>
        <button type="button" onClick={mergeByHand}>Gộp tay</button>
      </div>
    </section>
  )
}
