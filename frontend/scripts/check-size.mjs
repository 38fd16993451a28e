// The reader pages' JavaScript budget: all of dist/assets/*.js together, gzipped, at most 60 KB.
import { readdirSync, readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const BUDGET = 60 * 1024
const dir = new URL('../dist/assets/', import.meta.url)
let total = 0
for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const size = gzipSync(readFileSync(new URL(file, dir)), { level: 9 }).length
  total += size
  console.log(`${String(size).padStart(7)} B  ${file}`)
}
console.log(`${String(total).padStart(7)} B  all JavaScript, gzipped (budget ${BUDGET} B)`)
if (total > BUDGET) {
  console.error('Over the JavaScript budget')
  process.exit(1)
}
