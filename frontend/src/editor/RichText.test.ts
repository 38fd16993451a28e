import { describe, expect, it } from 'vitest'
import { cleanPastedHtml } from './RichText'

describe('a paste from Word or Google Docs', () => {
  it('keeps paragraphs and emphasis, drops styles, classes and Office markup', () => {
    const word = '<html><head><style>p.MsoNormal{margin:0}</style></head><body><!--StartFragment-->'
      + '<p class=MsoNormal style="font-family:Times New Roman"><span style="font-size:14pt">Một <b>hai</b></span><o:p></o:p></p>'
      + '<p class=MsoNormal><span lang=VI onclick="x()">Ba</span><o:p>&nbsp;</o:p></p><!--EndFragment--></body></html>'
    expect(cleanPastedHtml(word)).toBe('<p><span>Một <b>hai</b></span></p><p><span>Ba</span>&nbsp;</p>')
  })

  it('unwraps the not-bold <b> that Google Docs puts around everything', () => {
    expect(cleanPastedHtml('<b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr">Chữ thường</p></b>'))
      .toBe('<p dir="ltr">Chữ thường</p>')
  })
})
