/**
 * The API's search highlight is HTML-escaped text in which only <mark> and </mark> are markup. It is turned
 * into plain pieces, rendered as text (so escaped again by Preact): nothing in it can become an element other
 * than <mark>, whatever the article contained.
 */
export interface HighlightPiece {
  text: string
  marked: boolean
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" }

function unescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity])
}

export function highlightPieces(highlight: string): HighlightPiece[] {
  const pieces: HighlightPiece[] = []
  let marked = false
  for (const part of highlight.split(/(<\/?mark>)/)) {
    if (part === '<mark>') marked = true
    else if (part === '</mark>') marked = false
    else if (part) pieces.push({ text: unescape(part), marked })
  }
  return pieces
}
