import type { ArticleSummary } from '../api/client'
import { hanoiDate, hanoiTime } from '../text/format'
import { highlightPieces } from '../text/highlight'

export function Highlight({ text }: { text: string }) {
  return <>{highlightPieces(text).map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : p.text))}</>
}

export function ArticleList({ items, headingLevel = 2 }: { items: ArticleSummary[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ul class="article-list">
      {items.map((a) => (
        <li key={a.slug}>
          <article>
            <Heading class="article-list__title"><a href={`/bai-viet/${a.slug}`}>{a.title}</a></Heading>
            {a.publishedAt && (
              <p class="article-list__meta">
                <time dateTime={a.publishedAt}>{hanoiDate(a.publishedAt)} {hanoiTime(a.publishedAt)}</time>
                {a.category?.name && <> · {a.category.name}</>}
              </p>
            )}
            {a.highlight ? <p class="article-list__summary"><Highlight text={a.highlight} /></p>
              : a.summary && <p class="article-list__summary">{a.summary}</p>}
          </article>
        </li>
      ))}
    </ul>
  )
}
