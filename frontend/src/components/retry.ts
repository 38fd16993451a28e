/**
 * Told to everything that failed to load with the page (the category menu) when the reader presses "Thử lại", so
 * that the retry mends all of it, not the page's own content only.
 */
export const RETRY_EVENT = 'bantin:retry'
