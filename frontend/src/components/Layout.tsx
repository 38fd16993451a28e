import type { ComponentChildren } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { useLocation } from 'preact-iso'
import { getCategories, type Category } from '../api/client'
import { config } from '../config'
import { RETRY_EVENT } from './retry'

export function Layout({ children }: { children: ComponentChildren }) {
  const site = config()
  const { path } = useLocation()
  useFocusOnNewPage()
  useScrollPerPage()
  return (
    <>
      <a class="skip-link" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
      <header class="banner">
        <div class="container banner__inner">
          <a class="banner__home" href="/">
            <svg class="banner__emblem" aria-hidden="true" viewBox="0 0 24 24" width="40" height="40">
              <path fill="currentColor" d="M12 1.5l3.1 7.2 7.8.7-5.9 5.2 1.8 7.7L12 18.3l-6.8 4 1.8-7.7L1.1 9.4l7.8-.7z" />
            </svg>
            <span>
              <span class="banner__name">{site.siteName}</span>
              <span class="banner__tagline">{site.siteTagline}</span>
            </span>
          </a>
          {path !== '/tim-kiem' && ( // the search page has its own box, filled with the query: one is enough
            <form class="banner__search" role="search" aria-label="Tìm nhanh" action="/tim-kiem">
              <label for="tim" class="visually-hidden">Tìm kiếm bản tin</label>
              <input id="tim" name="q" type="search" placeholder="Tìm kiếm…" maxLength={200} required />
              <button type="submit" class="button">Tìm</button>
            </form>
          )}
        </div>
        <CategoryMenu />
      </header>
      <main id="noi-dung" class="container" tabIndex={-1}>{children}</main>
      <footer class="footer">
        <div class="container">
          <p><strong>{site.siteName}</strong> · {site.siteTagline}</p>
          <OfficeContacts />
          <p>Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>
        </div>
      </footer>
    </>
  )
}

/**
 * After following a link, keyboard focus and the screen reader go to the new page's heading (else they stay on
 * the link, in the menu, or on the page's body). The heading comes with the page's content, so it is awaited; and
 * while a page's code loads, the previous page stays on screen with its own heading: whichever heading is there is
 * focused, and the newer one again when it replaces it, for up to 3 s, unless the reader has moved focus into the
 * page meanwhile. The first page of a visit is left alone: the reader has not moved yet.
 */
function useFocusOnNewPage() {
  const { url } = useLocation()
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    let focused: HTMLElement | null = null
    let tries = 0
    const timer = window.setInterval(() => {
      const active = document.activeElement
      const movedByReader = focused !== null && active !== focused && active !== document.body
        && document.querySelector('main')?.contains(active)
      const heading = document.querySelector<HTMLElement>('main h1')
      if (movedByReader || ++tries > 60) {
        window.clearInterval(timer)
        return
      }
      if (heading && heading !== focused) {
        heading.tabIndex = -1
        heading.focus({ preventScroll: true })
        focused = heading
      }
    }, 50)
    return () => window.clearInterval(timer)
  }, [url])
}

/**
 * A new page starts at its top; Back and Forward return to where the reader was on that page. The browser's own
 * restoration cannot do it here: it scrolls before the page's content has come from the API. Positions are kept
 * per address while the reader scrolls, and restored once the page is tall enough to hold them.
 */
function useScrollPerPage() {
  const { url } = useLocation()
  const positions = useRef(new Map<string, number>())
  const back = useRef(false)
  const first = useRef(true)
  useEffect(() => {
    history.scrollRestoration = 'manual'
    let queued = false
    const keep = () => {
      if (queued) return
      queued = true
      requestAnimationFrame(() => {
        queued = false
        positions.current.set(location.pathname + location.search, window.scrollY)
      })
    }
    const popped = () => { back.current = true }
    window.addEventListener('scroll', keep, { passive: true })
    window.addEventListener('popstate', popped)
    return () => {
      window.removeEventListener('scroll', keep)
      window.removeEventListener('popstate', popped)
    }
  }, [])
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const target = back.current ? positions.current.get(location.pathname + location.search) ?? 0 : 0
    back.current = false
    window.scrollTo(0, 0)
    if (target === 0) return
    let tries = 0
    const timer = window.setInterval(() => {
      const tallEnough = document.documentElement.scrollHeight - window.innerHeight >= target
      if (tallEnough || ++tries > 60) {
        window.clearInterval(timer)
        window.scrollTo(0, target)
      }
    }, 50)
    return () => window.clearInterval(timer)
  }, [url])
}

/** The managing body and the office's contacts from config.json; a field left empty is left out. */
function OfficeContacts() {
  const { managingBody, address, phone, email } = config()
  if (!managingBody && !address && !phone && !email) return null
  return (
    <address class="footer__contacts">
      {managingBody && <p>Cơ quan chủ quản: {managingBody}</p>}
      {address && <p>Địa chỉ: {address}</p>}
      {phone && <p>Điện thoại: <a href={`tel:${phone.replace(/[^0-9+]/g, '')}`}>{phone}</a></p>}
      {email && <p>Thư điện tử: <a href={`mailto:${email}`}>{email}</a></p>}
    </address>
  )
}

/** Its own component, so that the categories arriving re-render the menu only, not the page under it. */
function CategoryMenu() {
  const [categories, setCategories] = useState<Category[]>([])
  const { path } = useLocation()
  const list = useRef<HTMLUListElement>(null)
  useEffect(() => {
    // On a phone the row scrolls sideways: bring the current category into its middle, the page staying put.
    const current = list.current?.querySelector<HTMLElement>('[aria-current="page"]')
    if (list.current && current && list.current.scrollWidth > list.current.clientWidth) {
      list.current.scrollLeft = current.offsetLeft - (list.current.clientWidth - current.offsetWidth) / 2
    }
  }, [path, categories])
  useEffect(() => {
    let loaded = false
    const load = () => {
      if (!loaded) getCategories().then((found) => { loaded = true; setCategories(found) }, () => setCategories([]))
    }
    load()
    // The menu failed with the page: the reader's "Thử lại" loads it again with the page.
    window.addEventListener(RETRY_EVENT, load)
    return () => window.removeEventListener(RETRY_EVENT, load)
  }, [])
  return (
    <nav class="menu" aria-label="Chuyên mục">
      <ul class="container menu__list" ref={list}>
        <li><a href="/" aria-current={path === '/' ? 'page' : undefined}>Trang chủ</a></li>
        {categories.map((c) => (
          <li key={c.slug}>
            <a href={`/chuyen-muc/${c.slug}`} aria-current={path === `/chuyen-muc/${c.slug}` ? 'page' : undefined}>
              {c.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
