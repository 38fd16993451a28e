import { describe, expect, it } from 'vitest'
import { abbreviationPieces, markAbbreviations } from './abbreviations'

const glossary = [
  { term: 'QCDC', expansion: 'Quy chế dân chủ' },
  { term: 'BCĐ', expansion: 'Ban Chỉ đạo' },
  { term: 'MTTQ', expansion: 'Mặt trận Tổ quốc' },
  { term: 'đ/c', expansion: 'đồng chí' },
  { term: 'UBND', expansion: 'Ủy ban nhân dân' },
]

function marked(html: string): string {
  const host = document.createElement('div')
  host.innerHTML = html
  markAbbreviations(host, glossary)
  return host.innerHTML
}

describe('abbreviations from the glossary, in text nodes only', () => {
  it.each([
    ['<p>thực hiện QCDC ở cơ sở</p>', '<p>thực hiện <abbr title="Quy chế dân chủ" tabindex="0">QCDC</abbr> ở cơ sở</p>'],
    ['<p>các thành viên BCĐ.</p>', '<p>các thành viên <abbr title="Ban Chỉ đạo" tabindex="0">BCĐ</abbr>.</p>'],
    ['<p>chỉ đạo đ/c Đỗ Khắc Đạo</p>', '<p>chỉ đạo <abbr title="đồng chí" tabindex="0">đ/c</abbr> Đỗ Khắc Đạo</p>'],
    ['<p>MTTQ, UBND</p>',
      '<p><abbr title="Mặt trận Tổ quốc" tabindex="0">MTTQ</abbr>, <abbr title="Ủy ban nhân dân" tabindex="0">UBND</abbr></p>'],
  ])('%s', (html, expected) => {
    expect(marked(html)).toBe(expected)
  })

  it('never touches markup: attributes, tag names, existing abbr', () => {
    const html = '<p><a href="/QCDC" title="QCDC">xem</a> <abbr title="x">QCDC</abbr></p>'
    expect(marked(html)).toBe(html)
  })

  it('marks inside inline markup without breaking it', () => {
    expect(marked('<p><strong>QCDC</strong> và <em>BCĐ</em></p>')).toBe(
      '<p><strong><abbr title="Quy chế dân chủ" tabindex="0">QCDC</abbr></strong> và <em><abbr title="Ban Chỉ đạo" tabindex="0">BCĐ</abbr></em></p>')
  })

  it('only whole words: letters with tone marks count as letters', () => {
    expect(marked('<p>QCDCX XQCDC BCĐă UBNDs</p>')).toBe('<p>QCDCX XQCDC BCĐă UBNDs</p>')
  })

  it('an expansion with quotes or angle brackets stays an attribute value', () => {
    const host = document.createElement('div')
    host.innerHTML = '<p>QCDC</p>'
    markAbbreviations(host, [{ term: 'QCDC', expansion: '"><script>alert(1)</script>' }])
    expect(host.querySelector('script')).toBeNull()
    expect(host.querySelector('abbr')?.getAttribute('title')).toBe('"><script>alert(1)</script>')
  })
})

describe('abbreviations in a title', () => {
  it('cuts the text into pieces, each abbreviation with its expansion', () => {
    expect(abbreviationPieces('Hội nghị về QCDC và BCĐ', glossary)).toEqual([
      { text: 'Hội nghị về ' }, { text: 'QCDC', expansion: 'Quy chế dân chủ' }, { text: ' và ' },
      { text: 'BCĐ', expansion: 'Ban Chỉ đạo' }])
    expect(abbreviationPieces('Không có chữ viết tắt', glossary)).toEqual([{ text: 'Không có chữ viết tắt' }])
    expect(abbreviationPieces('QCDC', [])).toEqual([{ text: 'QCDC' }])
  })
})
