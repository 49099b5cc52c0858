import type { Where } from 'payload'
import { onPublicSite, readOwnSitesOr } from '../../src/access/siteScoped'
import { Consultation } from '../../src/states'

/** What the public may read of a consultation (its site's status aside): published, not withdrawn. */
export const visibleConsultation: Where = { status: { equals: Consultation.published } }

/** Anonymous readers: published consultations of public sites; staff: their sites' consultations. */
export const readConsultations = readOwnSitesOr({ and: [visibleConsultation, onPublicSite] })
