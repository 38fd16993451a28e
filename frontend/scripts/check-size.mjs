// The reader pages' JavaScript budget: every script a reader page can load (the entry and all it imports, at once
// or lazily), gzipped, at most 60 KB. The editor's pages (/quan-tri, src/editor/) load their own code, which is
// not counted here, and must never be reachable from the reader's side but through that one lazy import.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const BUDGET = 60 * 1024
const EDITOR = 'src/editor/'
const dist = new URL('../dist/', import.meta.url)
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'))

const reader = new Set()
const visit = (key) => {
  if (reader.has(key) || key.startsWith(EDITOR)) return
  reader.add(key)
  const chunk = manifest[key]
  for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next)
}
visit('index.html')

let total = 0
for (const key of reader) {
  const file = manifest[key].file
  if (!file.endsWith('.js')) continue
  const size = gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length
  total += size
  console.log(`${String(size).padStart(7)} B  ${file}`)
}
const editorOnly = Object.entries(manifest).filter(([key]) => !reader.has(key)).map(([, c]) => c.file)
  .filter((f) => f.endsWith('.js'))
const editorBytes = editorOnly.reduce((sum, f) => sum + gzipSync(readFileSync(new URL(f, dist)), { level: 9 }).length, 0)
console.log(`${String(total).padStart(7)} B  the reader pages' JavaScript, gzipped (budget ${BUDGET} B)`)
console.log(`${String(editorBytes).padStart(7)} B  the editor's own JavaScript (${editorOnly.length} files, /quan-tri only)`)
if (total > BUDGET) {
  console.error('Over the JavaScript budget')
  process.exit(1)
}
