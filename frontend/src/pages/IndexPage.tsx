import { getAuthors, getTags } from '../api/client'
import { useHead, useLoad } from '../components/hooks'
import { Failed, Loading } from '../components/Status'

interface Entry {
  slug: string
  name: string
  articleCount: number
}

/** An index of authors or tags: every one with its count of bulletins, those without any left out. */
function IndexPage({ title, description, path, base, load }: {
  title: string; description: string; path: string; base: string; load: () => Promise<Entry[]>
}) {
  useHead(title, description, path)
  const loaded = useLoad(load, path)
  return (
    <section class="index-page">
      <h1 class="section-heading">{title}</h1>
      {loaded.state === 'loading' && <Loading rows={8} />}
      {loaded.state === 'failed' && <Failed error={loaded.error} retry={loaded.retry} />}
      {loaded.state === 'done' && (
        <ul class="index-list">
          {loaded.data.filter((e) => e.articleCount > 0).map((e) => (
            <li key={e.slug}>
              <a href={`${base}/${e.slug}`}>{e.name}</a> <span class="index-list__count">({e.articleCount} bài)</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

export function AuthorsIndex() {
  return <IndexPage title="Tác giả" description="Các tác giả của bản tin và số bài của mỗi người." path="/tac-gia"
    base="/tac-gia" load={getAuthors} />
}

export function TagsIndex() {
  return <IndexPage title="Chủ đề" description="Các thẻ chủ đề của bản tin và số bài của mỗi thẻ." path="/the"
    base="/the" load={getTags} />
}
