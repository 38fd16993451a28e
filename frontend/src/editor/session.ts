/**
 * The editor's sign-in: an access token of minutes and the refresh token that renews it, kept in memory and in
 * sessionStorage (so that a reload of the tab keeps the editor signed in), never in localStorage, which every tab
 * and every later visit could read. When the sign-in ends (the refresh token refused, or the server answers 401),
 * the editor is sent to sign in again and back to the page it was on.
 */
import { config } from '../config'

const KEY = 'bantin.editor.session'
/** Renew the access token this long before it runs out, so that no request goes with an expired one. */
const RENEW_BEFORE_MS = 30_000

export type Role = 'ADMIN' | 'EDITOR'

export interface Session {
  accessToken: string
  refreshToken: string
  accessExpiresAt: number
  username: string
  role: Role
}

interface TokenAnswer {
  accessToken: string
  expiresIn: number
  refreshToken: string
}

let current: Session | null = read()
let renewing: Promise<Session | null> | null = null
const listeners = new Set<() => void>()

function read(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY)
    return raw ? (JSON.parse(raw) as Session) : null
  } catch {
    return null
  }
}

function keep(session: Session | null) {
  current = session
  try {
    if (session) sessionStorage.setItem(KEY, JSON.stringify(session))
    else sessionStorage.removeItem(KEY)
  } catch {
    // Storage refused (a strict private mode): the session lives in memory only, until a reload.
  }
  listeners.forEach((listener) => listener())
}

/** Who the token says is signed in: its upn and its role (the groups claim). */
function fromAnswer(answer: TokenAnswer): Session {
  const claims = JSON.parse(decodeBase64Url(answer.accessToken.split('.')[1] ?? '')) as { upn?: string; groups?: string[] }
  return {
    accessToken: answer.accessToken,
    refreshToken: answer.refreshToken,
    accessExpiresAt: Date.now() + answer.expiresIn * 1000,
    username: claims.upn ?? '',
    role: claims.groups?.includes('ADMIN') ? 'ADMIN' : 'EDITOR',
  }
}

function decodeBase64Url(part: string): string {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=')
  return new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)))
}

function authUrl(path: string) {
  return `${config().apiBaseUrl}/api/v1/auth/${path}`
}

export function session(): Session | null {
  return current
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export type SignInResult = 'ok' | 'wrong' | 'locked' | 'unreachable'

export async function signIn(username: string, password: string): Promise<SignInResult> {
  let answer: Response
  try {
    answer = await fetch(authUrl('token'), {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }),
    })
  } catch {
    return 'unreachable'
  }
  if (answer.status === 429) return 'locked'
  if (!answer.ok) return 'wrong'
  keep(fromAnswer(await answer.json()))
  return 'ok'
}

/** A valid access token, renewed first if it is about to run out; null when the sign-in has ended. */
export async function accessToken(): Promise<string | null> {
  if (!current) return null
  if (current.accessExpiresAt - Date.now() > RENEW_BEFORE_MS) return current.accessToken
  renewing ??= renew().finally(() => { renewing = null })
  return (await renewing)?.accessToken ?? null
}

async function renew(): Promise<Session | null> {
  const refreshToken = current?.refreshToken
  if (!refreshToken) return null
  try {
    const answer = await fetch(authUrl('refresh'), {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ refreshToken }),
    })
    keep(answer.ok ? fromAnswer(await answer.json()) : null)
  } catch {
    // Offline for a moment: keep the session and let the request fail as unreachable.
  }
  return current
}

/** The server refused the token: forget it (the page then asks for a new sign-in). */
export function sessionEnded() {
  keep(null)
}

export async function signOut() {
  const refreshToken = current?.refreshToken
  keep(null)
  if (refreshToken) {
    await fetch(authUrl('sign-out'), {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ refreshToken }),
    }).catch(() => undefined)
  }
}
