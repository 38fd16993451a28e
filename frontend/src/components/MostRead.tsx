import { getMostViewed, type MostViewedArticle } from '../api/client'
import { useLoad } from './hooks'

const PERIODS = [
  { period: 'week', words: 'trong tuần' },
  { period: 'month', words: 'trong tháng' },
  { period: 'all', words: 'từ trước đến nay' },
] as const

/**
 * The week's most read; on a quiet week the month's, then all time's: never an empty heading. The page's own
 * bulletin is not offered to its reader.
 */
async function mostRead(limit: number, exclude: string | undefined): Promise<{ items: MostViewedArticle[]; words: string }> {
  for (const { period, words } of PERIODS) {
    const items = (await getMostViewed(period, limit + 1)).filter((a) => a.slug !== exclude).slice(0, limit)
    if (items.length > 0) return { items, words }
  }
  return { items: [], words: '' }
}

export function MostRead({ limit = 5, exclude }: { limit?: number; exclude?: string }) {
  const loaded = useLoad(() => mostRead(limit, exclude), `most-read-${limit}-${exclude ?? ''}`)
  if (loaded.state !== 'done' || loaded.data.items.length === 0) return null
  const items = loaded.data.items
  return (
    <section class="most-read no-print" aria-labelledby="doc-nhieu">
      <h2 id="doc-nhieu" class="section-heading">Tin đọc nhiều</h2>
      <p class="most-read__period">{loaded.data.words}</p>
      <ol class="most-viewed">
        {items.map((a) => <li key={a.slug}><a href={`/bai-viet/${a.slug}`}>{a.title}</a></li>)}
      </ol>
    </section>
  )
}
