import { getArticles, getCategories } from '../api/client'
import { ArticleList } from '../components/ArticleList'
import { useHead, useLoad } from '../components/hooks'
import { MostRead } from '../components/MostRead'
import { Failed, Loading } from '../components/Status'

async function loadHome() {
  const [newest, categories] = await Promise.all([getArticles({ size: 6 }), getCategories()])
  const sections = await Promise.all(categories.filter((c) => c.articleCount > 0).slice(0, 6)
    .map(async (category) => ({ category, page: await getArticles({ category: category.slug, size: 4 }) })))
  return { newest, sections }
}

export default function Home() {
  useHead(null, null, '/')
  const home = useLoad(loadHome, 'home')
  return (
    <>
      <h1 class="visually-hidden">Trang chủ</h1>
      {home.state === 'loading' && <Loading rows={6} />}
      {home.state === 'failed' && <Failed error={home.error} retry={home.retry} />}
      {home.state === 'done' && (
        <div class="home">
          <div class="home__main">
            <section aria-labelledby="moi-nhat">
              <h2 id="moi-nhat" class="section-heading">Tin mới nhất</h2>
              <ArticleList items={home.data.newest.items} headingLevel={3} />
            </section>
            {home.data.sections.map(({ category, page }) => (
              <section key={category.slug} aria-labelledby={`cm-${category.slug}`}>
                <h2 id={`cm-${category.slug}`} class="section-heading">
                  <a href={`/chuyen-muc/${category.slug}`}>{category.name}</a>
                </h2>
                <ArticleList items={page.items} headingLevel={3} />
              </section>
            ))}
          </div>
          <aside class="home__aside" aria-label="Tin đọc nhiều">
            <MostRead />
          </aside>
        </div>
      )}
    </>
  )
}
