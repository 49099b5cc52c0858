import type { FieldAccess, Where } from 'payload'
import { idOf } from '../../src/ids'
import { readsWholeCluster, siteIdsWithRole } from '../../src/access/roles'
import { onPublicSite, readOwnSitesOr } from '../../src/access/siteScoped'
import { Consultation } from '../../src/states'

/** What the public may read of a consultation (its site's status aside): published, not withdrawn. */
export const visibleConsultation: Where = { status: { equals: Consultation.published } }

/** Anonymous readers: published consultations of public sites; staff: their sites' consultations. */
export const readConsultations = readOwnSitesOr({ and: [visibleConsultation, onPublicSite] })

const memberOf = (user: unknown, site: unknown): boolean =>
  readsWholeCluster(user) || siteIdsWithRole(user).map(String).includes(idOf(site) ?? '')

/** The feedback report is public once published; the draft of it stays with the site's staff. */
export const readFeedback: FieldAccess = ({ req, doc }) =>
  memberOf(req.user, (doc as { site?: unknown } | undefined)?.site) ||
  Boolean((doc as { feedback?: { published?: boolean | null } } | undefined)?.feedback?.published)

/** Internal bookkeeping (due day, overdue flag): staff only. */
export const staffOnly: FieldAccess = ({ req, doc }) => memberOf(req.user, (doc as { site?: unknown } | undefined)?.site)
