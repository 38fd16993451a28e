/**
 * The editor's pages under /quan-tri: their own code (loaded only on these routes, so the reader pages keep their
 * budget), their own layout, the same API.
 */
import { render } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { LocationProvider, Route, Router, useLocation } from 'preact-iso'
import { ArticleEditorPage } from './ArticleEditorPage'
import { ArticlesPage } from './ArticlesPage'
import { EditorHome } from './EditorHome'
import { onSessionChange, session, signOut } from './session'
import { SignInPage, SIGN_IN } from './SignInPage'
import { UsersPage } from './UsersPage'
import './editor.css'

export function mountEditor(root: HTMLElement) {
  document.documentElement.lang = 'vi'
  render(<LocationProvider><EditorApp /></LocationProvider>, root)
}

function EditorApp() {
  const { path, url, route } = useLocation()
  const [signedIn, setSignedIn] = useState(session())
  useEffect(() => onSessionChange(() => setSignedIn(session())), [])
  const onSignIn = path === SIGN_IN
  useEffect(() => {
    // No sign-in, or it ended while working: sign in, then come back here (the text being written is kept
    // on this machine and offered again, see useLocalDraft).
    if (!signedIn && !onSignIn) route(`${SIGN_IN}?tiep=${encodeURIComponent(url)}`, true)
  }, [signedIn, onSignIn, url])
  if (onSignIn) return <SignInPage />
  if (!signedIn) return null
  return (
    <div class="editor">
      <a class="skip-link" href="#noi-dung">Bỏ qua menu</a>
      <header class="editor__header">
        <p class="editor__brand"><a href="/quan-tri">Quản trị bản tin</a></p>
        <nav aria-label="Quản trị">
          <ul class="editor__menu">
            <li><a href="/quan-tri/bai-viet" aria-current={path.startsWith('/quan-tri/bai-viet') && path !== '/quan-tri/bai-viet/moi' ? 'page' : undefined}>Bài viết</a></li>
            <li><a href="/quan-tri/bai-viet/moi" aria-current={path === '/quan-tri/bai-viet/moi' ? 'page' : undefined}>Viết bài mới</a></li>
            {signedIn.role === 'ADMIN' && (
              <li><a href="/quan-tri/nguoi-dung" aria-current={path === '/quan-tri/nguoi-dung' ? 'page' : undefined}>Người dùng</a></li>
            )}
            <li><a href="/" target="_blank" rel="noopener">Xem trang bản tin</a></li>
          </ul>
        </nav>
        <p class="editor__account">
          <span>{signedIn.username}</span>
          <button type="button" onClick={async () => { await signOut(); route(SIGN_IN) }}>Đăng xuất</button>
        </p>
      </header>
      <main id="noi-dung" class="editor__main" tabIndex={-1}>
        <Router>
          <Route path="/quan-tri" component={EditorHome} />
          <Route path="/quan-tri/bai-viet" component={ArticlesPage} />
          <Route path="/quan-tri/bai-viet/moi" component={ArticleEditorPage} />
          <Route path="/quan-tri/bai-viet/:id" component={ArticleEditorPage} />
          <Route path="/quan-tri/nguoi-dung" component={UsersPage} />
          <Route default component={NotFoundHere} />
        </Router>
      </main>
    </div>
  )
}

function NotFoundHere() {
  return (
    <section>
      <h1>Không có trang này</h1>
      <p><a href="/quan-tri">Về trang quản trị</a></p>
    </section>
  )
}
