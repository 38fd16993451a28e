import { useLocation, useRoute } from 'preact-iso'
import { getArticles, getAuthor, getCategory, getTag, type ListQuery } from '../api/client'
import { ArticleList } from '../components/ArticleList'
import { pageNumber, useHead, useLoad } from '../components/hooks'
import { Pagination, PastTheLastPage } from '../components/Pagination'
import { Failed, Loading } from '../components/Status'

const PAGE_SIZE = 10

interface Kind {
  base: string
  describe: (slug: string) => Promise<{ name?: string; description?: string | null }>
  query: (slug: string) => ListQuery
  heading: (name: string) => string
}

const kinds: Record<'category' | 'author' | 'tag', Kind> = {
  // The committee's site shows a category's heading in capitals.
  category: { base: '/chuyen-muc', describe: getCategory, query: (category) => ({ category }),
    heading: (name) => name.toLocaleUpperCase('vi') },
  author: { base: '/tac-gia', describe: getAuthor, query: (author) => ({ author }),
    heading: (name) => `Bài viết của ${name}` },
  tag: { base: '/the', describe: getTag, query: (tag) => ({ tag }), heading: (name) => `Thẻ: ${name}` },
}

function ListPage({ kind }: { kind: Kind }) {
  const { params } = useRoute()
  const { query } = useLocation()
  const slug = params.slug
  const page = pageNumber(query)
  const path = `${kind.base}/${slug}`
  const loaded = useLoad(async () => {
    const [subject, list] = await Promise.all([
      kind.describe(slug), getArticles({ ...kind.query(slug), page, size: PAGE_SIZE })])
    return { subject, list }
  }, `${path}?${page}`)
  const name = loaded.state === 'done' ? loaded.data.subject.name ?? slug : null
  useHead(name && (page > 1 ? `${name} – trang ${page}` : name),
    loaded.state === 'done' ? loaded.data.subject.description ?? `Các bản tin: ${name}` : null,
    page > 1 ? `${path}?trang=${page}` : path)
  if (loaded.state === 'loading') return <Loading rows={PAGE_SIZE} />
  if (loaded.state === 'failed') return <Failed error={loaded.error} retry={loaded.retry} />
  const { list } = loaded.data
  return (
    <section>
      <h1 class="page-heading">{kind.heading(name ?? slug)}</h1>
      {page > list.totalPages && list.totalPages > 0 ? <PastTheLastPage path={path} page={page} totalPages={list.totalPages} />
        : list.items.length === 0 ? <p>Chưa có bản tin nào.</p> : <ArticleList items={list.items} />}
      <Pagination path={path} page={page} totalPages={list.totalPages} />
    </section>
  )
}

export const CategoryPage = () => <ListPage kind={kinds.category} />
export const AuthorPage = () => <ListPage kind={kinds.author} />
export const TagPage = () => <ListPage kind={kinds.tag} />
