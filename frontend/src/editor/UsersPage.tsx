/**
 * Accounts, for ADMINs: create one, change its role, disable or enable it, set a new password. A change of role
 * or password, or disabling, ends that account's sessions at once (the API does it).
 */
import { useState } from 'preact/hooks'
import { api, call, ApiError, type FieldProblem, type Role, type User, type UserRequest } from './api'
import { hanoiDateTime } from './format'
import { session } from './session'
import { LoadFailed, useEditorLoad } from './useEditorLoad'

const ROLE_WORDS: Record<Role, string> = { ADMIN: 'Quản trị', EDITOR: 'Biên tập' }
const USER_FIELDS: Record<string, string> = {
  username: 'Tên đăng nhập', displayName: 'Họ tên', password: 'Mật khẩu', role: 'Vai trò',
}

export function UsersPage() {
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string; fields?: FieldProblem[] } | null>(null)
  const users = useEditorLoad(() => call(api().GET('/api/v1/admin/users')).then((r) => r.data), 'users')
  if (session()?.role !== 'ADMIN') {
    return <section><h1>Người dùng</h1><p>Chỉ tài khoản quản trị mới quản lý được người dùng.</p></section>
  }
  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work()
      setMessage({ kind: 'ok', text: done })
      if (users.state === 'done') users.reload()
      return true
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError('unreachable', String(e))
      setMessage({ kind: 'error', text: error.message, fields: error.problems })
      return false
    }
  }
  const update = (user: User, body: UserRequest, done: string) =>
    run(() => call(api().PUT('/api/v1/admin/users/{id}', { params: { path: { id: user.id } }, body })), done)

  const create = async (event: Event) => {
    event.preventDefault()
    const form = event.currentTarget as HTMLFormElement
    const data = new FormData(form)
    const ok = await run(() => call(api().POST('/api/v1/admin/users', {
      body: {
        username: String(data.get('username') ?? '').trim(), displayName: String(data.get('displayName') ?? '').trim() || null,
        password: String(data.get('password') ?? ''), role: String(data.get('role')) as Role,
      },
    })), `Đã tạo tài khoản ${String(data.get('username'))}.`)
    if (ok) form.reset()
  }

  return (
    <section class="users">
      <h1>Người dùng</h1>
      {message && (
        <div class={message.kind === 'ok' ? 'success' : 'error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
          <p>{message.text}</p>
          {message.fields && message.fields.length > 0 && (
            <ul>{message.fields.map((f, i) => <li key={i}>{USER_FIELDS[f.field] ?? f.field}: {f.message}</li>)}</ul>
          )}
        </div>
      )}
      {users.state === 'loading' && <p role="status">Đang tải…</p>}
      {users.state === 'failed' && <LoadFailed error={users.error} retry={users.retry} />}
      {users.state === 'done' && (
        <table>
          <caption class="visually-hidden">Các tài khoản</caption>
          <thead>
            <tr><th scope="col">Tên đăng nhập</th><th scope="col">Họ tên</th><th scope="col">Vai trò</th>
              <th scope="col">Trạng thái</th><th scope="col">Tạo lúc</th><th scope="col">Thao tác</th></tr>
          </thead>
          <tbody>
            {users.data.map((u) => (
              <tr key={u.id}>
                <th scope="row">{u.username}</th>
                <td>{u.displayName ?? ''}</td>
                <td>
                  <label class="visually-hidden" for={`vai-tro-${u.id}`}>Vai trò của {u.username}</label>
                  <select id={`vai-tro-${u.id}`} value={u.role}
                    onChange={(e) => update(u, { role: e.currentTarget.value as Role },
                      `Đã đổi vai trò của ${u.username}.`)}>
                    {(Object.keys(ROLE_WORDS) as Role[]).map((r) => <option key={r} value={r}>{ROLE_WORDS[r]}</option>)}
                  </select>
                </td>
                <td>{u.enabled ? 'Đang dùng' : 'Đã khóa'}</td>
                <td>{hanoiDateTime(u.createdAt)}</td>
                <td class="actions">
                  <button type="button" onClick={() => update(u, { enabled: !u.enabled },
                    u.enabled ? `Đã khóa ${u.username}.` : `Đã mở khóa ${u.username}.`)}>
                    {u.enabled ? 'Khóa' : 'Mở khóa'}<span class="visually-hidden"> {u.username}</span>
                  </button>
                  <button type="button" onClick={() => {
                    const password = window.prompt(`Mật khẩu mới cho ${u.username} (ít nhất 10 ký tự):`)
                    if (password) update(u, { password }, `Đã đặt mật khẩu mới cho ${u.username}.`)
                  }}>Đặt lại mật khẩu<span class="visually-hidden"> của {u.username}</span></button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Tạo tài khoản</h2>
      <form class="form" onSubmit={create}>
        <div class="form__row">
          <div>
            <label for="tk-ten">Tên đăng nhập</label>
            <input id="tk-ten" name="username" required minLength={3} maxLength={50} pattern="[a-z0-9._\-]+"
              autocomplete="off" aria-describedby="tk-ten-goi-y" />
            <p class="muted" id="tk-ten-goi-y">3–50 ký tự a-z, 0-9, dấu chấm, gạch dưới, gạch nối.</p>
          </div>
          <div>
            <label for="tk-ho-ten">Họ tên</label>
            <input id="tk-ho-ten" name="displayName" maxLength={100} />
          </div>
        </div>
        <div class="form__row">
          <div>
            <label for="tk-mat-khau">Mật khẩu (ít nhất 10 ký tự)</label>
            <input id="tk-mat-khau" name="password" type="password" required minLength={10} autocomplete="new-password" />
          </div>
          <div>
            <label for="tk-vai-tro">Vai trò</label>
            <select id="tk-vai-tro" name="role">
              <option value="EDITOR">{ROLE_WORDS.EDITOR}</option>
              <option value="ADMIN">{ROLE_WORDS.ADMIN}</option>
            </select>
          </div>
        </div>
        <div class="actions"><button type="submit" class="primary">Tạo tài khoản</button></div>
      </form>
    </section>
  )
}
