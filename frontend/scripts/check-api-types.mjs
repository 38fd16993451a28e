// Fails when src/api/schema.d.ts is not what openapi-typescript makes of the committed backend/openapi/openapi.yaml:
// then the API changed and the client was not regenerated (npm run api:generate).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const dir = mkdtempSync(join(tmpdir(), 'bantin-api-'))
try {
  const fresh = join(dir, 'schema.d.ts')
  execFileSync('npx', ['openapi-typescript', '../backend/openapi/openapi.yaml', '-o', fresh], { stdio: 'ignore' })
  if (readFileSync(fresh, 'utf8') !== readFileSync('src/api/schema.d.ts', 'utf8')) {
    console.error('src/api/schema.d.ts is stale: run `npm run api:generate` in frontend/ and commit it')
    process.exit(1)
  }
  console.log('API types match backend/openapi/openapi.yaml')
} finally {
  rmSync(dir, { recursive: true, force: true })
}
