import type { Payload } from 'payload'
import type { Site } from '../../payload-types'
import { onPageInvalidation } from './invalidation'

/**
 * Every site, in memory, for resolving a request's Host or /sites/<siteCode>/ prefix.
 * Includes closed and offline sites: they still answer, with 410 or 503. Reloaded after any site change.
 */
export class SiteDirectory {
  private loading: Promise<Map<string, Site>> | null = null
  private byHost = new Map<string, Site>()
  private byCode = new Map<string, Site>()
  private byId = new Map<string, Site>()
  private readonly unsubscribe: () => void

  constructor(private readonly payload: Payload) {
    this.unsubscribe = onPageInvalidation((tags) => {
      if (tags.includes('sites') || tags.includes('*')) this.loading = null
    })
  }

  private async load(): Promise<Map<string, Site>> {
    this.loading ??= this.payload
      .find({ collection: 'sites', limit: 0, depth: 0, overrideAccess: true, pagination: false })
      .then(({ docs }) => {
        this.byHost = new Map()
        this.byCode = new Map()
        this.byId = new Map()
        for (const site of docs) {
          this.byCode.set(site.siteCode, site)
          this.byId.set(String(site.id), site)
          for (const row of site.domains ?? []) this.byHost.set(row.domain.toLowerCase(), site)
        }
        return this.byId
      })
      .catch((error: unknown) => {
        this.loading = null
        throw error
      })
    return this.loading
  }

  async byHostname(host: string | undefined): Promise<Site | undefined> {
    await this.load()
    return host ? this.byHost.get(host.toLowerCase().replace(/:\d+$/, '')) : undefined
  }

  async bySiteCode(code: string): Promise<Site | undefined> {
    await this.load()
    return this.byCode.get(code)
  }

  async bySiteId(id: number | string | null | undefined): Promise<Site | undefined> {
    await this.load()
    return id === null || id === undefined ? undefined : this.byId.get(String(id))
  }

  async all(): Promise<Site[]> {
    return [...(await this.load()).values()]
  }

  close(): void {
    this.unsubscribe()
  }
}
