import type { Where } from 'payload'
import { onPublicSite, readOwnSitesOr } from '../../src/access/siteScoped'
import { publicAttributeWhere } from '../../src/publishing/openness'

/**
 * An interpretation is public only with its document: both published, the document public by attribute
 * and the site public. An interpretation of a 不公开 or 依申请公开 document never reaches a public route.
 * This is the rule with the site's status aside (see src/access/publicUploads.ts).
 */
export const visibleInterpretation: Where = {
  and: [{ workflowStatus: { equals: 'published' } }, { 'policyDocument.workflowStatus': { equals: 'published' } }, publicAttributeWhere('policyDocument.')],
}

export const publicInterpretation: Where = { and: [visibleInterpretation, onPublicSite] }

export const readInterpretations = readOwnSitesOr(publicInterpretation)
