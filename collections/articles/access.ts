import type { Access, Where } from 'payload'
import { isPlatformAdmin, siteIdsWithRole } from '../../src/access/roles'
import { onPublicSite, readOwnSitesOr, siteIn } from '../../src/access/siteScoped'

/** What the public sees of a public site: published and openly disclosed (the site's status aside, see publicUploads). */
export const visibleArticle: Where = { and: [{ workflowStatus: { equals: 'published' } }, { disclosureAttribute: { equals: 'public' } }] }

/** What an anonymous visitor may read: published, openly disclosed, on a site that is public. */
export const publicArticle: Where = { and: [visibleArticle, onPublicSite] }

export const readArticles = readOwnSitesOr(publicArticle)

/** Reviewers and site admins may change anything on their sites; editors only their drafts. */
export const updateArticles: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  const publisherSites = siteIdsWithRole(req.user, 'reviewer', 'site-admin')
  const editorSites = siteIdsWithRole(req.user, 'editor')
  const clauses: Where[] = []
  if (publisherSites.length) clauses.push(siteIn(publisherSites))
  if (editorSites.length) clauses.push({ and: [siteIn(editorSites), { workflowStatus: { in: ['draft', 'withdrawn'] } }] })
  if (!clauses.length) return false
  return clauses.length === 1 ? clauses[0]! : { or: clauses }
}

/** Versions hold drafts too: they follow the same site scoping, and anonymous visitors get none. */
export const readArticleVersions: Access = ({ req }) => {
  if (!req.user) return false
  const scoped = readOwnSitesOr(null)({ req })
  if (scoped === true || scoped === false) return scoped
  return { 'version.site': (scoped as { site: unknown }).site } as Where
}
