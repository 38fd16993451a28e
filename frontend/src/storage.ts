/** localStorage, or null where the browser blocks it (private modes, strict settings): callers then do without. */
export function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}
