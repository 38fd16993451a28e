import { hanoiFields } from './hanoiTime'

export const formatNumber = (n: number) => new Intl.NumberFormat('vi-VN').format(n)

/** "10/07/2024 14:49" in Hanoi time. */
export function hanoiDateTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  const { date, time } = hanoiFields(iso)
  return `${date} ${time}`
}
