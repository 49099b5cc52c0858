import type { Access } from 'payload'
import { onPublicSite, readOwnSitesOr } from '../../src/access/siteScoped'
import { Workflow } from '../../src/states'

/** 开放日: staff of the site read all of theirs; anyone reads a published open day of a public site. */
export const readOpenDays: Access = readOwnSitesOr({
  and: [{ status: { equals: Workflow.published } }, onPublicSite],
})
