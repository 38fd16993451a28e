import DOMPurify from 'dompurify'
import type { ComponentChildren } from 'preact'
import { useLayoutEffect, useRef, useState } from 'preact/hooks'
import type { Article, GlossaryEntry } from '../api/client'
import { storage } from '../storage'
import { abbreviationPieces, markAbbreviations } from '../text/abbreviations'
import { metaLine } from '../text/format'

const TEXT_SIZES = [0.9, 1, 1.125, 1.25, 1.4]
/** The comfortable size every first visit starts at, with A− and A+ around it. */
const DEFAULT_TEXT_SIZE = 1
const TEXT_SIZE_KEY = 'bantin.textSize'

/**
 * A bulletin as readers see it: the reader page shows it, and the editor's preview shows the text being written
 * through the very same component, so that what the office previews is what readers get.
 */
export function BulletinView({ article, body, views, glossary, children }: {
  article: Article
  body: DocumentFragment
  views: number
  /** The abbreviations to explain in the title (the body comes with its own marked). */
  glossary: GlossaryEntry[]
  children?: ComponentChildren
}) {
  const bodyRef = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => bodyRef.current?.replaceChildren(body.cloneNode(true)), [body])
  const textSize = useTextSize()
  // The page's own address, without whatever query or fragment the reader came with: what a share should carry.
  const pageUrl = `${location.origin}/bai-viet/${article.slug}`
  return (
    <article class="bulletin" style={{ '--text-scale': String(TEXT_SIZES[textSize.index]) }}>
      <nav class="breadcrumb no-print" aria-label="Đường dẫn">
        <ol>
          <li><a href="/">Trang chủ</a></li>
          {article.category && (
            <li class="bulletin__category">
              <a href={`/chuyen-muc/${article.category.slug}`}>{article.category.name?.toLocaleUpperCase('vi')}</a>
            </li>
          )}
        </ol>
      </nav>
      <h1 class="bulletin__title">
        {abbreviationPieces(article.title, glossary).map((p, i) => p.expansion === undefined ? p.text
          : <abbr key={i} title={p.expansion} tabIndex={0}>{p.text}</abbr>)}
      </h1>
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
        <ShareSheet title={article.title} url={pageUrl} />
        <a class="tool" href={facebookShare(pageUrl)} target="_blank" rel="noopener noreferrer">Chia sẻ Facebook</a>
        <a class="tool" href={zaloShare(pageUrl)} target="_blank" rel="noopener noreferrer">Chia sẻ Zalo</a>
      </div>
      {article.summary && <p class="bulletin__summary">{article.summary}</p>}
      {article.coverImage && <Cover image={article.coverImage} />}
      <div class="bulletin__body" ref={bodyRef} />
      {article.author && (
        <p class="bulletin__author"><a href={`/tac-gia/${article.author.slug}`} rel="author">{article.author.name}</a></p>
      )}
      {article.tags.length > 0 && (
        <ul class="bulletin__tags" aria-label="Thẻ">
          {article.tags.map((t) => <li key={t.slug}><a href={`/the/${t.slug}`}>{t.name}</a></li>)}
        </ul>
      )}
      {children}
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
export function bodyWithAbbreviations(html: string, glossary: GlossaryEntry[]): DocumentFragment {
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

/** Facebook's sharer, in the form its documentation gives (u = the page to share). */
export const facebookShare = (url: string) => `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`
/** Zalo's share link for a web page (u = the page to share). */
export const zaloShare = (url: string) => `https://zalo.me/share?u=${encodeURIComponent(url)}`

/** The phone's own share sheet (Web Share API), where the browser has one: Zalo, Messenger, SMS, whatever is installed. */
function ShareSheet({ title, url }: { title: string; url: string }) {
  if (typeof navigator.share !== 'function') return null
  const share = () => navigator.share({ title, url }).catch(() => undefined) // closing the sheet is no error
  return <button type="button" class="tool" onClick={share}>Chia sẻ…</button>
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

