import { describe, expect, it } from 'vitest'
import { pageNumbers } from './Pagination'

describe('page numbers', () => {
  it('shows the first, the last and two around the current page, with … for longer gaps', () => {
    expect(pageNumbers(1, 12)).toEqual([1, 2, 3, null, 12])
    expect(pageNumbers(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12])
    expect(pageNumbers(12, 12)).toEqual([1, null, 10, 11, 12])
  })

  it('never hides a single page behind …', () => {
    expect(pageNumbers(5, 12)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 12])
    expect(pageNumbers(1, 5)).toEqual([1, 2, 3, 4, 5])
  })
})
