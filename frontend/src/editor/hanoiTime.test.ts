import { describe, expect, it } from 'vitest'
import { hanoiFields, hanoiInstant, nextHourInHanoi } from './hanoiTime'

describe('Hanoi time in the editor', () => {
  it('shows an instant as its Hanoi date and 24-hour time', () => {
    expect(hanoiFields('2024-07-10T14:49:00+07:00')).toEqual({ date: '10/07/2024', time: '14:49' })
    expect(hanoiFields('2024-12-31T20:30:00Z')).toEqual({ date: '01/01/2025', time: '03:30' })
  })

  it('reads the fields back as an instant with the Hanoi offset', () => {
    expect(hanoiInstant({ date: '10/07/2024', time: '14:49' })).toBe('2024-07-10T14:49:00+07:00')
    expect(hanoiInstant({ date: '1/7/2024', time: '7h05' })).toBe('2024-07-01T07:05:00+07:00')
    expect(Date.parse(hanoiInstant({ date: '10/07/2024', time: '00:15' })!)).toBe(Date.parse('2024-07-09T17:15:00Z'))
  })

  it('refuses dates and times that do not exist', () => {
    for (const [date, time] of [['31/02/2024', '10:00'], ['10/13/2024', '10:00'], ['10/07/2024', '24:00'],
      ['10/07/2024', '9:60'], ['2024-07-10', '10:00'], ['10/07/2024', '10 giờ']]) {
      expect(hanoiInstant({ date, time }), `${date} ${time}`).toBeNull()
    }
  })

  it('suggests the next full hour in Hanoi', () => {
    expect(nextHourInHanoi(Date.parse('2024-07-10T07:49:00Z'))).toEqual({ date: '10/07/2024', time: '15:00' })
  })
})
