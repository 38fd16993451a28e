import { render } from 'preact'
import { ErrorBoundary, LocationProvider, Route, Router, lazy } from 'preact-iso'
import { Layout } from './components/Layout'
import { loadConfig } from './config'
import { NotFound } from './pages/NotFound'
import './styles.css'

// Pages load when first visited: the article page, the one most readers open, does not carry the others.
const Home = lazy(() => import('./pages/Home'))
const ArticlePage = lazy(() => import('./pages/ArticlePage'))
const SearchPage = lazy(() => import('./pages/SearchPage'))
const CategoryPage = lazy(() => import('./pages/ArticleListPage').then((m) => m.CategoryPage))
const AuthorPage = lazy(() => import('./pages/ArticleListPage').then((m) => m.AuthorPage))
const TagPage = lazy(() => import('./pages/ArticleListPage').then((m) => m.TagPage))
const AuthorsIndex = lazy(() => import('./pages/IndexPage').then((m) => m.AuthorsIndex))
const TagsIndex = lazy(() => import('./pages/IndexPage').then((m) => m.TagsIndex))

export function App() {
  return (
    <LocationProvider>
      <Layout>
        <ErrorBoundary>
          <Router>
            <Route path="/" component={Home} />
            <Route path="/bai-viet/:slug" component={ArticlePage} />
            <Route path="/chuyen-muc/:slug" component={CategoryPage} />
            <Route path="/tac-gia" component={AuthorsIndex} />
            <Route path="/tac-gia/:slug" component={AuthorPage} />
            <Route path="/the" component={TagsIndex} />
            <Route path="/the/:slug" component={TagPage} />
            <Route path="/tim-kiem" component={SearchPage} />
            <Route default component={NotFound} />
          </Router>
        </ErrorBoundary>
      </Layout>
    </LocationProvider>
  )
}

const first = location.pathname.split('/')[1]
if (first === 'quan-tri') {
  // The editor's pages are an app of their own: their code (Tiptap, charts) loads only here, never for readers.
  const editor = import('./editor/EditorApp')
  loadConfig().then(() => editor).then((m) => m.mountEditor(document.getElementById('app')!))
} else {
  // Fetch the page's code while config.json is on its way, rather than after.
  ;({ 'bai-viet': ArticlePage, 'chuyen-muc': CategoryPage, 'tac-gia': AuthorPage, the: TagPage, 'tim-kiem': SearchPage,
    '': Home } as Record<string, { preload?: () => unknown }>)[first]?.preload?.()
  const app = document.getElementById('app')!
  const prerendered = document.getElementById('prerendered')
  if (prerendered) takeOverWhenRendered(app, prerendered)
  loadConfig().then(() => render(<App />, app))
}

/**
 * The server sent the page's text (vn.bantin.site.PageContent) so that it shows before any script: it stays on
 * screen while the SPA renders the same page out of sight, and goes in the same frame as the SPA appears, once the
 * page's heading is there and nothing is still loading (or after 3 s whatever the SPA shows). Nothing on screen
 * moves meanwhile: text that stays put while other text replaces it is no layout shift.
 */
function takeOverWhenRendered(app: HTMLElement, prerendered: HTMLElement) {
  // Laid out but not shown (not display: none): the menu measures its row to bring the current category in view.
  app.classList.add('app--rendering')
  const started = performance.now()
  const ready = () => app.querySelector('main h1') !== null && app.querySelector('main .loading') === null
  const timer = window.setInterval(() => {
    if (!ready() && performance.now() - started < 3000) return
    window.clearInterval(timer)
    prerendered.remove()
    app.classList.remove('app--rendering')
  }, 30)
}
