import { useState } from 'preact/hooks'
import { useLocation } from 'preact-iso'
import { signIn } from './session'

export const SIGN_IN = '/quan-tri/dang-nhap'

const FAILURES = {
  wrong: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  locked: 'Đăng nhập sai quá nhiều lần. Xin chờ 15 phút rồi thử lại.',
  unreachable: 'Không kết nối được máy chủ. Xin kiểm tra mạng rồi thử lại.',
}

/** Where to go after signing in: only a page of the editor, never another site (?tiep= comes from the address). */
function nextPage(query: Record<string, string>): string {
  const next = query.tiep ?? ''
  return next.startsWith('/quan-tri') && !next.startsWith('//') && !next.startsWith(SIGN_IN) ? next : '/quan-tri'
}

export function SignInPage() {
  const { query, route } = useLocation()
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async (event: Event) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget as HTMLFormElement)
    setBusy(true)
    const result = await signIn(String(form.get('username') ?? ''), String(form.get('password') ?? ''))
    setBusy(false)
    if (result === 'ok') route(nextPage(query))
    else setFailure(FAILURES[result])
  }
  return (
    <main class="sign-in" id="noi-dung">
      <h1>Đăng nhập quản trị</h1>
      {query.tiep && <p class="notice">Phiên làm việc đã hết hoặc chưa đăng nhập. Đăng nhập để tiếp tục; bài đang viết vẫn được giữ.</p>}
      <form onSubmit={submit} class="form">
        <label for="username">Tên đăng nhập</label>
        <input id="username" name="username" autocomplete="username" required />
        <label for="password">Mật khẩu</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        {failure && <p class="error" role="alert">{failure}</p>}
        <button type="submit" class="primary" disabled={busy}>{busy ? 'Đang đăng nhập…' : 'Đăng nhập'}</button>
      </form>
    </main>
  )
}
