/**
 * Dates and times as the office types them, in Hanoi time whatever the browser's zone: "dd/mm/yyyy" and a
 * 24-hour "hh:mm". Vietnam keeps +07:00 all year (no daylight saving), so a fixed offset is exact.
 */
const OFFSET_MS = 7 * 3600_000

export interface HanoiFields {
  date: string
  time: string
}

const two = (n: number) => String(n).padStart(2, '0')

/** An instant's Hanoi date and time, for the fields. */
export function hanoiFields(iso: string): HanoiFields {
  const at = new Date(Date.parse(iso) + OFFSET_MS)
  return {
    date: `${two(at.getUTCDate())}/${two(at.getUTCMonth() + 1)}/${at.getUTCFullYear()}`,
    time: `${two(at.getUTCHours())}:${two(at.getUTCMinutes())}`,
  }
}

/** The fields as an ISO instant with the Hanoi offset; null when either is not a real date or time. */
export function hanoiInstant(fields: HanoiFields): string | null {
  const date = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(fields.date)
  const time = /^\s*(\d{1,2})[:h](\d{2})\s*$/.exec(fields.time)
  if (!date || !time) return null
  const [day, month, year, hour, minute] = [date[1], date[2], date[3], time[1], time[2]].map(Number)
  const check = new Date(Date.UTC(year, month - 1, day, hour, minute))
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1 || hour > 23 || minute > 59) return null
  return `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:00+07:00`
}

/** Now in Hanoi, for a schedule's first suggestion (the next full hour). */
export function nextHourInHanoi(now = Date.now()): HanoiFields {
  const hour = Math.ceil((now + 60_000) / 3600_000) * 3600_000
  return hanoiFields(new Date(hour).toISOString())
}
