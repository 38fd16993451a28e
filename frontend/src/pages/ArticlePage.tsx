import { useEffect, useState } from 'preact/hooks'
import { useRoute } from 'preact-iso'
import { getArticle, getGlossary, getRelated, type Article } from '../api/client'
import { recordView } from '../api/views'
import { ArticleList } from '../components/ArticleList'
import { BulletinView, bodyWithAbbreviations } from '../components/BulletinView'
import { useHead, useLoad } from '../components/hooks'
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
  const views = article.viewCount + (countedHere ? 1 : 0)
  return (
    <BulletinView article={article} body={body} views={views}>
      <Related slug={slug} />
    </BulletinView>
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

