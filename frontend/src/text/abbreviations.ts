/**
 * Marks the glossary's abbreviations in an article body as <abbr title="…">, in text nodes only: markup,
 * attributes and links are never touched, and text already inside <abbr> is left alone.
 */
export interface GlossaryEntry {
  term: string
  expansion: string
}

const SKIP = new Set(['ABBR', 'SCRIPT', 'STYLE', 'CODE', 'PRE', 'TEXTAREA'])

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** One pattern for all terms, longest first, matched as whole words (letters with tone marks count as letters). */
export function abbreviationPattern(glossary: GlossaryEntry[]): RegExp | null {
  const terms = glossary.map((e) => e.term).filter(Boolean).sort((a, b) => b.length - a.length)
  if (terms.length === 0) return null
  return new RegExp(`(?<![\\p{L}\\p{N}])(${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
}

export function markAbbreviations(root: Node, glossary: GlossaryEntry[]): void {
  const pattern = abbreviationPattern(glossary)
  if (!pattern) return
  const expansions = new Map(glossary.map((e) => [e.term, e.expansion]))
  const document = root.ownerDocument ?? (root as Document)
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const textNodes: Text[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!insideSkipped(node)) textNodes.push(node as Text)
  }
  for (const text of textNodes) {
    const value = text.data
    pattern.lastIndex = 0
    if (!pattern.test(value)) continue
    pattern.lastIndex = 0
    const fragment = document.createDocumentFragment()
    let last = 0
    for (const match of value.matchAll(pattern)) {
      const at = match.index ?? 0
      if (at > last) fragment.append(value.slice(last, at))
      const abbr = document.createElement('abbr')
      abbr.title = expansions.get(match[1]) ?? ''
      abbr.tabIndex = 0 // a tap or Tab shows the meaning (styles.css): phones never show a title
      abbr.textContent = match[1]
      fragment.append(abbr)
      last = at + match[1].length
    }
    if (last < value.length) fragment.append(value.slice(last))
    text.replaceWith(fragment)
  }
}

function insideSkipped(node: Node): boolean {
  for (let parent = node.parentNode; parent; parent = parent.parentNode) {
    if (SKIP.has(parent.nodeName)) return true
  }
  return false
}

/** A plain text (a title) cut into pieces, each abbreviation with its expansion, for rendering as <abbr>. */
export function abbreviationPieces(text: string, glossary: GlossaryEntry[]): { text: string; expansion?: string }[] {
  const pattern = abbreviationPattern(glossary)
  if (!pattern) return [{ text }]
  const expansions = new Map(glossary.map((e) => [e.term, e.expansion]))
  const pieces: { text: string; expansion?: string }[] = []
  let last = 0
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0
    if (at > last) pieces.push({ text: text.slice(last, at) })
    pieces.push({ text: match[1], expansion: expansions.get(match[1]) ?? '' })
    last = at + match[1].length
  }
  if (last < text.length) pieces.push({ text: text.slice(last) })
  return pieces
}
