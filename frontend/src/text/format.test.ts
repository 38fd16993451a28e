import { describe, expect, it } from 'vitest'
import { count, hanoiDate, hanoiTime, metaLine } from './format'

describe('meta line in Hanoi time, whatever the reader’s time zone', () => {
  it.each([
    // instant (UTC or with its own offset)      date          time
    ['2024-07-10T07:49:00Z', '10/07/2024', '14:49'], // the seed bulletin
    ['2024-07-10T14:49:00+07:00', '10/07/2024', '14:49'],
    ['2024-07-09T17:00:00Z', '10/07/2024', '00:00'], // already tomorrow in Hanoi
    ['2024-07-09T16:59:00Z', '09/07/2024', '23:59'],
    ['2024-12-31T17:30:00Z', '01/01/2025', '00:30'], // new year in Hanoi first
    ['2024-03-10T01:30:00-05:00', '10/03/2024', '13:30'], // a US offset in the input
  ])('%s → %s %s', (instant, date, time) => {
    expect(hanoiDate(instant)).toBe(date)
    expect(hanoiTime(instant)).toBe(time)
  })

  it('reads exactly as the committee’s site shows it', () => {
    expect(metaLine('2024-07-10T07:49:00Z', 130)).toBe('Ngày đăng 10/07/2024 | 14:49 | Lượt xem: 130')
  })

  it('groups thousands with dots', () => {
    expect(count(0)).toBe('0')
    expect(count(999)).toBe('999')
    expect(count(1000)).toBe('1.000')
    expect(count(1234567)).toBe('1.234.567')
  })

  it('does not depend on the process time zone', () => {
    // The functions use UTC arithmetic only; this guards against someone switching to local getters.
    const before = process.env.TZ
    process.env.TZ = 'America/Los_Angeles'
    try {
      expect(metaLine('2024-07-10T07:49:00Z', 1)).toBe('Ngày đăng 10/07/2024 | 14:49 | Lượt xem: 1')
    } finally {
      process.env.TZ = before
    }
  })
})
