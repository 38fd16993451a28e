// Renders nginx/bantin.conf.template for a built site: node scripts/nginx-conf.mjs DIST LISTEN BACKEND > bantin.conf
// The Content-Security-Policy is made as the API makes it for the same files (backend ContentSecurityPolicy):
// scripts, styles and fonts from the site, the inline critical CSS by its hash, API calls to the site and to the
// address config.json names. The browser tests through nginx check that both send the same policy.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export function contentSecurityPolicy(dist) {
  const index = readFileSync(join(dist, 'index.html'), 'utf8')
  const styles = ["'self'"]
  for (const match of index.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    styles.push(`'sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}'`)
  }
  const connect = ["'self'"]
  const config = join(dist, 'config.json')
  if (existsSync(config)) {
    const base = JSON.parse(readFileSync(config, 'utf8')).apiBaseUrl
    if (typeof base === 'string' && base.startsWith('http')) connect.push(new URL(base).origin)
  }
  return `default-src 'self'; script-src 'self'; style-src ${styles.join(' ')}; img-src 'self' https: data:; ` +
    `font-src 'self'; connect-src ${connect.join(' ')}; object-src 'none'; base-uri 'self'; form-action 'self'; ` +
    `frame-ancestors 'self'`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dist, listen, backend] = process.argv.slice(2)
  if (!dist || !listen || !backend) {
    console.error('usage: node scripts/nginx-conf.mjs DIST LISTEN BACKEND')
    process.exit(2)
  }
  const template = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'nginx', 'bantin.conf.template'), 'utf8')
  process.stdout.write(template.replaceAll('@LISTEN@', listen).replaceAll('@ROOT@', resolve(dist))
    .replaceAll('@BACKEND@', backend).replaceAll('@CSP@', contentSecurityPolicy(dist)))
}
