import type { Where } from 'payload'
import { onPublicSite, readOwnSitesOr } from '../../src/access/siteScoped'
import { Workflow } from '../../src/states'

/** What the public sees of a public site: articles of published issues (the site's status aside, see src/access/publicUploads.ts). */
export const visibleGazetteArticle: Where = { 'issue.status': { equals: Workflow.published } }

/** What an anonymous visitor may read: articles of published issues on public sites. */
export const publicGazetteArticle: Where = { and: [visibleGazetteArticle, onPublicSite] }

export const readGazetteArticles = readOwnSitesOr(publicGazetteArticle)
