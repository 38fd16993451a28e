import { describe, expect, it } from 'vitest'
import { render } from 'preact'
import { Highlight } from '../components/ArticleList'
import { highlightPieces } from './highlight'

function rendered(highlight: string): HTMLElement {
  const host = document.createElement('p')
  render(<Highlight text={highlight} />, host)
  return host
}

describe('search highlights: only <mark> becomes markup', () => {
  it('marks what the API marked', () => {
    expect(highlightPieces('… thực hiện <mark>Quy</mark> <mark>chế</mark> dân chủ …')).toEqual([
      { text: '… thực hiện ', marked: false },
      { text: 'Quy', marked: true },
      { text: ' ', marked: false },
      { text: 'chế', marked: true },
      { text: ' dân chủ …', marked: false },
    ])
    expect(rendered('a <mark>QCDC</mark> b').innerHTML).toBe('a <mark>QCDC</mark> b')
  })

  it.each([
    ['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
    ['&lt;img src=x onerror=alert(1)&gt;', '<img src=x onerror=alert(1)>'],
    ['Tom &amp; Jerry &quot;quoted&quot; &#39;single&#39;', 'Tom & Jerry "quoted" \'single\''],
    ['&lt;mark&gt;not a mark&lt;/mark&gt;', '<mark>not a mark</mark>'],
  ])('escaped text %s stays text', (highlight, text) => {
    const host = rendered(highlight)
    expect(host.textContent).toBe(text)
    expect(host.querySelector('script, img, mark')).toBeNull()
  })

  it('raw markup other than mark is shown, never parsed', () => {
    const host = rendered('<b>bold</b> <mark>x</mark>')
    expect(host.querySelector('b')).toBeNull()
    expect(host.querySelectorAll('mark')).toHaveLength(1)
    expect(host.textContent).toBe('<b>bold</b> x')
  })
})
