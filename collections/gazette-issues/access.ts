import type { Where } from 'payload'
import { onPublicSite, readOwnSitesOr } from '../../src/access/siteScoped'
import { Workflow } from '../../src/states'

/** What the public sees of a public site: published issues (the site's status aside, see src/access/publicUploads.ts). */
export const visibleGazetteIssue: Where = { status: { equals: Workflow.published } }

/** What an anonymous visitor may read: published issues of public sites. */
export const publicGazetteIssue: Where = { and: [visibleGazetteIssue, onPublicSite] }

export const readGazetteIssues = readOwnSitesOr(publicGazetteIssue)
