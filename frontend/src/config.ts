/**
 * Deploy-time settings, read once from /config.json so that one build serves any API address: edit the file
 * on the web server, no rebuild. An empty apiBaseUrl means the API is on the same origin as the site.
 */
export interface SiteConfig {
  apiBaseUrl: string
  siteName: string
  siteTagline: string
  /** The footer's "cơ quan chủ quản" and the office's contacts, as government portals show them; empty: left out. */
  managingBody: string
  address: string
  phone: string
  email: string
}

const defaults: SiteConfig = {
  apiBaseUrl: '', siteName: 'Quận ủy', siteTagline: 'Bản tin điện tử', managingBody: '', address: '', phone: '',
  email: '',
}

let current: SiteConfig = defaults

export async function loadConfig(): Promise<SiteConfig> {
  try {
    const answer = await fetch('/config.json') // the server marks it no-cache; preloaded by index.html
    if (answer.ok) current = { ...defaults, ...(await answer.json()) }
  } catch {
    // No config file: the defaults (API on the same origin) still work.
  }
  return current
}

export function config(): SiteConfig {
  return current
}
