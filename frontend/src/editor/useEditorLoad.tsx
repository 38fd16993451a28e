import { useEffect, useState } from 'preact/hooks'
import { ApiError } from './api'

export type EditorLoaded<T> =
  | { state: 'loading' }
  | { state: 'failed'; error: ApiError; retry: () => void }
  | { state: 'done'; data: T; reload: () => void }

/** Runs a load when its key changes; answers of superseded loads are dropped; a failure offers a retry. */
export function useEditorLoad<T>(load: () => Promise<T>, key: string): EditorLoaded<T> {
  const [attempt, setAttempt] = useState(0)
  const [result, setResult] = useState<EditorLoaded<T>>({ state: 'loading' })
  const [loadedKey, setLoadedKey] = useState(key)
  if (loadedKey !== key) {
    // Another list or article: never show the last one's data as if it were this one's.
    setLoadedKey(key)
    setResult({ state: 'loading' })
  }
  useEffect(() => {
    let current = true
    const again = () => setAttempt((n) => n + 1)
    load().then(
      (data) => current && setResult({ state: 'done', data, reload: again }),
      (error) => current && setResult({
        state: 'failed',
        error: error instanceof ApiError ? error : new ApiError('unreachable', String(error)),
        retry: again,
      }),
    )
    return () => { current = false }
  }, [key, attempt])
  return result
}

export function LoadFailed({ error, retry }: { error: ApiError; retry: () => void }) {
  return (
    <div class="error" role="alert">
      <p>{error.message}</p>
      <button type="button" onClick={retry}>Thử lại</button>
    </div>
  )
}
