import type { ArticleStatus } from './api'

/** Statuses in the words a clerk uses. */
export const STATUS_WORDS: Record<ArticleStatus, string> = {
  DRAFT: 'Bản nháp',
  SCHEDULED: 'Đã lên lịch',
  PUBLISHED: 'Đã đăng',
  ARCHIVED: 'Lưu trữ',
}
