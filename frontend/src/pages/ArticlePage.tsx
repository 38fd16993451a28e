import DOMPurify from 'dompurify'
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks'
import { useRoute } from 'preact-iso'
import { getArticle, getGlossary, getRelated, type Article, type GlossaryEntry } from '../api/client'
import { recordView } from '../api/views'
import { ArticleList } from '../components/ArticleList'
import { useHead, useLoad } from '../components/hooks'
import { Failed, Loading } from '../components/Status'
import { storage } from '../storage'
import { markAbbreviations } from '../text/abbreviations'
import { metaLine } from '../text/format'

const TEXT_SIZES = [0.9, 1, 1.125, 1.25, 1.4]
/** The comfortable size every first visit starts at, with A− and A+ around it. */
const DEFAULT_TEXT_SIZE = 1
const TEXT_SIZE_KEY = 'bantin.textSize'

/**
 * The article, and its body ready to insert. Preparing the body and rendering the page run as separate tasks, so
 * that neither keeps a slow phone from answering the reader for long.
 */
async function loadArticle(slug: string) {
  const [article, glossary] = await Promise.all([getArticle(slug), getGlossary().catch(() => [])])
  await nextTask()
  const body = bodyWithAbbreviations(article.bodyHtml, glossary)
  await nextTask()
  return { article, body }
}

function nextTask() {
  return new Promise((resolve) => setTimeout(resolve))
}

export default function ArticlePage() {
  const { params } = useRoute()
  const loaded = useLoad(() => loadArticle(params.slug), params.slug)
  const article = loaded.state === 'done' ? loaded.data.article : null
  useHead(article?.title ?? null, article?.summary ?? null, `/bai-viet/${article?.slug ?? params.slug}`)
  if (loaded.state === 'loading') return <Loading rows={8} />
  if (loaded.state === 'failed') return <Failed error={loaded.error} retry={loaded.retry} />
  return <Bulletin key={loaded.data.article.slug} article={loaded.data.article} body={loaded.data.body} />
}

function Bulletin({ article, body }: { article: Article; body: DocumentFragment }) {
  const slug = article.slug
  // Recorded while the page is first rendered rather than in an effect: the count shown then includes this view
  // from the start, without a second render of the whole bulletin (Bulletin is keyed by slug, so once per article).
  const [countedHere] = useState(() => recordView(slug))
  useEffect(() => {
    // An old slug answered with the article under its new one: show the address readers should keep.
    if (location.pathname !== `/bai-viet/${slug}`) history.replaceState(null, '', `/bai-viet/${slug}`)
  }, [slug])
  const bodyRef = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => bodyRef.current?.replaceChildren(body.cloneNode(true)), [body])
  const textSize = useTextSize()
  const views = article.viewCount + (countedHere ? 1 : 0)
  return (
    <article class="bulletin" style={{ '--text-scale': String(TEXT_SIZES[textSize.index]) }}>
      {article.category && (
        <p class="bulletin__category">
          <a href={`/chuyen-muc/${article.category.slug}`}>{article.category.name?.toLocaleUpperCase('vi')}</a>
        </p>
      )}
      <h1 class="bulletin__title">{article.title}</h1>
      {article.publishedAt && <p class="bulletin__meta">{metaLine(article.publishedAt, views)}</p>}
      <div class="bulletin__tools no-print" role="group" aria-label="Công cụ">
        <button type="button" class="tool" onClick={textSize.smaller} disabled={textSize.index === 0}>
          A−<span class="visually-hidden"> (giảm cỡ chữ)</span>
        </button>
        <button type="button" class="tool" onClick={textSize.larger} disabled={textSize.index === TEXT_SIZES.length - 1}>
          A+<span class="visually-hidden"> (tăng cỡ chữ)</span>
        </button>
        <button type="button" class="tool" onClick={() => window.print()}>In bài</button>
        <CopyLink />
        <a class="tool" href={`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(location.href)}`}
          target="_blank" rel="noopener noreferrer">Chia sẻ Facebook</a>
        <a class="tool" href={`https://zalo.me/share?u=${encodeURIComponent(location.href)}`}
          target="_blank" rel="noopener noreferrer">Chia sẻ Zalo</a>
      </div>
      {article.summary && <p class="bulletin__summary">{article.summary}</p>}
      {article.coverImage && <Cover image={article.coverImage} />}
      <div class="bulletin__body" ref={bodyRef} />
      {article.author && <p class="bulletin__author">{article.author.name}</p>}
      {article.tags.length > 0 && (
        <ul class="bulletin__tags" aria-label="Thẻ">
          {article.tags.map((t) => <li key={t.slug}><a href={`/the/${t.slug}`}>{t.name}</a></li>)}
        </ul>
      )}
      <Related slug={slug} />
    </article>
  )
}

/** The cover from the media library: the browser picks the narrowest copy that fills the column sharply. */
function Cover({ image }: { image: NonNullable<Article['coverImage']> }) {
  const srcset = [...image.variants.map((v) => `${v.url} ${v.width}w`), `${image.url} ${image.width}w`].join(', ')
  return (
    <img class="bulletin__cover" src={image.url} srcset={srcset} sizes="(max-width: 800px) 100vw, 760px"
      width={image.width} height={image.height} loading="lazy" decoding="async" alt="" />
  )
}

/**
 * The body as the API gives it, sanitised once more (defence in depth) and with abbreviations explained, as nodes:
 * parsed once, never serialised and parsed again.
 */
function bodyWithAbbreviations(html: string, glossary: GlossaryEntry[]): DocumentFragment {
  const body = DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true })
  markAbbreviations(body, glossary)
  return body
}

function useTextSize() {
  // Nothing stored is the default, not Number(null), which is 0: the smallest size.
  const raw = storage()?.getItem(TEXT_SIZE_KEY) ?? ''
  const stored = raw.trim() === '' ? NaN : Number(raw)
  const [index, setIndex] = useState(Number.isInteger(stored) && stored >= 0 && stored < TEXT_SIZES.length
    ? stored : DEFAULT_TEXT_SIZE)
  const set = (next: number) => {
    setIndex(next)
    storage()?.setItem(TEXT_SIZE_KEY, String(next))
  }
  return {
    index,
    smaller: () => set(Math.max(0, index - 1)),
    larger: () => set(Math.min(TEXT_SIZES.length - 1, index + 1)),
  }
}

function CopyLink() {
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(location.href)
      setCopied(true)
      setTimeout(() => setCopied(false), 2000)
    } catch {
      window.prompt('Sao chép liên kết:', location.href)
    }
  }
  return (
    <button type="button" class="tool" onClick={copy}>
      {copied ? 'Đã sao chép' : 'Sao chép liên kết'}
      <span class="visually-hidden" aria-live="polite">{copied ? 'Đã sao chép liên kết' : ''}</span>
    </button>
  )
}

function Related({ slug }: { slug: string }) {
  const related = useLoad(() => getRelated(slug, 5), slug)
  if (related.state !== 'done' || related.data.length === 0) return null
  return (
    <section class="related no-print" aria-labelledby="tin-khac">
      <h2 id="tin-khac" class="section-heading">Tin khác</h2>
      <ArticleList items={related.data} headingLevel={3} />
    </section>
  )
}

