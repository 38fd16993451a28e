import { useEffect, useState } from 'preact/hooks'
import { useRoute } from 'preact-iso'
import { getArticle, getArticles, getGlossary, getRelated, type Article, type ArticleSummary,
  type GlossaryEntry } from '../api/client'
import { recordView } from '../api/views'
import { ArticleList } from '../components/ArticleList'
import { BulletinView, bodyWithAbbreviations } from '../components/BulletinView'
import { useHead, useLoad } from '../components/hooks'
import { MostRead } from '../components/MostRead'
import { Failed, Loading } from '../components/Status'

/**
 * The article, and its body ready to insert. Preparing the body and rendering the page run as separate tasks, so
 * that neither keeps a slow phone from answering the reader for long.
 */
async function loadArticle(slug: string) {
  const [article, glossary] = await Promise.all([getArticle(slug), getGlossary().catch(() => [])])
  await nextTask()
  const body = bodyWithAbbreviations(article.bodyHtml, glossary)
  await nextTask()
  return { article, body, glossary }
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
  return <Bulletin key={loaded.data.article.slug} article={loaded.data.article} body={loaded.data.body}
    glossary={loaded.data.glossary} />
}

function Bulletin({ article, body, glossary }: { article: Article; body: DocumentFragment; glossary: GlossaryEntry[] }) {
  const slug = article.slug
  // Recorded while the page is first rendered rather than in an effect: the count shown then includes this view
  // from the start, without a second render of the whole bulletin (Bulletin is keyed by slug, so once per article).
  const [countedHere] = useState(() => recordView(slug))
  useEffect(() => {
    // An old slug answered with the article under its new one: show the address readers should keep.
    if (location.pathname !== `/bai-viet/${slug}`) history.replaceState(null, '', `/bai-viet/${slug}`)
  }, [slug])
  const views = article.viewCount + (countedHere ? 1 : 0)
  return (
    <div class="article-page">
      <BulletinView article={article} body={body} views={views} glossary={glossary}>
        <Related article={article} />
      </BulletinView>
      <aside class="article-page__aside" aria-label="Tin đọc nhiều">
        <MostRead exclude={slug} />
      </aside>
    </div>
  )
}

const RELATED = 5

/**
 * Bulletins sharing the category or tags first; when fewer, the category's newest, then the newest of all: the
 * reader always has somewhere to go next.
 */
async function related(article: Article): Promise<ArticleSummary[]> {
  const found = new Map<string, ArticleSummary>()
  const add = (items: ArticleSummary[]) => items.forEach((a) => {
    if (a.slug !== article.slug && found.size < RELATED && !found.has(a.slug)) found.set(a.slug, a)
  })
  add(await getRelated(article.slug, RELATED))
  if (found.size < RELATED) add((await getArticles({ category: article.category.slug, size: RELATED + 1 })).items)
  if (found.size < RELATED) add((await getArticles({ size: RELATED + 1 })).items)
  return [...found.values()]
}

function Related({ article }: { article: Article }) {
  const loaded = useLoad(() => related(article), article.slug)
  if (loaded.state !== 'done' || loaded.data.length === 0) return null
  return (
    <section class="related no-print" aria-labelledby="tin-lien-quan">
      <h2 id="tin-lien-quan" class="section-heading">Tin liên quan</h2>
      <ArticleList items={loaded.data} headingLevel={3} />
    </section>
  )
}

