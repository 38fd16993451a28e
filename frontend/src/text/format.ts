/** Dates as the committee's site shows them: Hanoi time (UTC+7, no daylight saving), whatever the reader's zone. */
const HANOI_OFFSET_MS = 7 * 60 * 60 * 1000

const two = (n: number) => String(n).padStart(2, '0')

function hanoi(iso: string): Date {
  return new Date(new Date(iso).getTime() + HANOI_OFFSET_MS)
}

/** 10/07/2024 */
export function hanoiDate(iso: string): string {
  const d = hanoi(iso)
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`
}

/** 14:49 */
export function hanoiTime(iso: string): string {
  const d = hanoi(iso)
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`
}

/** 1.234.567: Vietnamese groups thousands with dots. */
export function count(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
}

/** The meta line under a bulletin's title: "Ngày đăng 10/07/2024 | 14:49 | Lượt xem: 130". */
export function metaLine(publishedAt: string, viewCount: number): string {
  return `Ngày đăng ${hanoiDate(publishedAt)} | ${hanoiTime(publishedAt)} | Lượt xem: ${count(viewCount)}`
}
