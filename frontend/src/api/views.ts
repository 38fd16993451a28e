/**
 * One view per opening of a bulletin, posted with navigator.sendBeacon (it survives the reader leaving at once),
 * or fetch with keepalive where there is no beacon. The body is JSON sent as text/plain, which needs no CORS
 * preflight. The visitor is a random id kept in localStorage; the server skips a repeat within 30 minutes, and
 * so does the count shown here.
 */
import { storage } from '../storage'
import { viewsUrl } from './client'

const VISITOR_KEY = 'bantin.visitorId'
const SEEN_KEY = 'bantin.viewedAt'
const REPEAT_WINDOW_MS = 30 * 60 * 1000

export function visitorId(): string {
  const store = storage()
  let id = store?.getItem(VISITOR_KEY)
  if (!id) {
    id = crypto.randomUUID()
    store?.setItem(VISITOR_KEY, id)
  }
  return id
}

/** Posts the view; answers whether the server counts it, so that the page can show the count including it. */
export function recordView(slug: string, now = Date.now()): boolean {
  const store = storage()
  const seen: Record<string, number> = JSON.parse(store?.getItem(SEEN_KEY) ?? '{}')
  for (const [key, at] of Object.entries(seen)) if (now - at >= REPEAT_WINDOW_MS) delete seen[key]
  const counted = !(slug in seen)
  const body = JSON.stringify({ visitorId: visitorId() })
  // Sent from a task of its own: the page being rendered should not wait for the network stack.
  setTimeout(() => post(viewsUrl(slug), body))
  if (counted) {
    seen[slug] = now
    store?.setItem(SEEN_KEY, JSON.stringify(seen))
  }
  return counted
}

function post(url: string, body: string) {
  const queued = typeof navigator.sendBeacon === 'function'
    && navigator.sendBeacon(url, new Blob([body], { type: 'text/plain;charset=UTF-8' }))
  if (!queued) {
    fetch(url, { method: 'POST', body, keepalive: true, headers: { 'Content-Type': 'text/plain;charset=UTF-8' } })
      .catch(() => undefined) // a lost view must never break reading
  }
}
