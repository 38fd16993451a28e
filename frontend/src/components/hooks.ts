import { useEffect, useState } from 'preact/hooks'
import { ApiError } from '../api/client'
import { config } from '../config'

/** Title, description and canonical link of the page, as search engines and shared links see them. */
export function useHead(title: string | null, description: string | null, path: string) {
  useEffect(() => {
    const site = config().siteName
    document.title = title ? `${title} | ${site}` : `${site} | ${config().siteTagline}`
    setMeta('description', description ?? `${config().siteTagline} của ${site}`)
    let canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')
    if (!canonical) {
      canonical = document.createElement('link')
      canonical.rel = 'canonical'
      document.head.append(canonical)
    }
    canonical.href = new URL(path, location.origin).href
  }, [title, description, path])
}

function setMeta(name: string, content: string) {
  let meta = document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)
  if (!meta) {
    meta = document.createElement('meta')
    meta.name = name
    document.head.append(meta)
  }
  meta.content = content
}

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'failed'; error: ApiError; retry: () => void }
  | { state: 'done'; data: T }

/** Runs a load when its key changes; a failure offers a retry. Answers of superseded loads are dropped. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [attempt, setAttempt] = useState(0)
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' })
  useEffect(() => {
    let current = true
    setResult({ state: 'loading' })
    load().then(
      (data) => current && setResult({ state: 'done', data }),
      (error) => current && setResult({
        state: 'failed',
        error: error instanceof ApiError ? error : new ApiError('unreachable', String(error)),
        retry: () => setAttempt((n) => n + 1),
      }),
    )
    return () => {
      current = false
    }
  }, [key, attempt])
  return result
}

/** ?trang=2 → 2; anything else → 1. */
export function pageNumber(query: Record<string, string>): number {
  const n = Number.parseInt(query.trang ?? '1', 10)
  return Number.isFinite(n) && n > 0 ? n : 1
}
