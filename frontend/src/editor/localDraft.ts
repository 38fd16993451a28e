/**
 * The text being written, kept on this machine as it is typed: a sign-in that ends, a closed tab or a lost
 * connection never costs the office its work. Kept in localStorage (text, never a token), one per article, and
 * removed once the server has it.
 */
const PREFIX = 'bantin.editor.draft.'

export interface LocalDraft<T> {
  form: T
  savedAt: number
}

function store(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

export function readDraft<T>(key: string): LocalDraft<T> | null {
  try {
    const raw = store()?.getItem(PREFIX + key)
    return raw ? (JSON.parse(raw) as LocalDraft<T>) : null
  } catch {
    return null
  }
}

export function keepDraft<T>(key: string, form: T) {
  try {
    store()?.setItem(PREFIX + key, JSON.stringify({ form, savedAt: Date.now() }))
  } catch {
    // Full or refused: the text is still in the page.
  }
}

export function dropDraft(key: string) {
  store()?.removeItem(PREFIX + key)
}
