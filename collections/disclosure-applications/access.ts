import type { Access, FieldAccess } from 'payload'
import { isPlatformAdmin, siteIdsWithRole } from '../../src/access/roles'
import { siteIn } from '../../src/access/siteScoped'

/**
 * 依申请公开 access. An application carries the applicant's identity (name, ID number, contact), so only the
 * openness staff (政务公开专员) of the receiving site read and handle it, and the platform admin. Not editors,
 * not the site's other staff, not supervisors: they see the figures (table 三), never the applicants.
 * Nothing anonymous reads here: the public form and the status query go through the Local API server-side.
 */
export const opennessStaffOfSite: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  const sites = siteIdsWithRole(req.user, 'openness-officer')
  return sites.length ? siteIn(sites) : false
}

export const platformAdminOnly: Access = ({ req }) => isPlatformAdmin(req.user)

/** The query password's hash: no API reads or changes it. */
export const noOne: FieldAccess = () => false

/** What the applicant asked stays as filed (staff registering a paper application fill it once). */
export const setOnCreateOnly: { create: FieldAccess; update: FieldAccess } = {
  create: () => true,
  update: ({ req }) => isPlatformAdmin(req.user),
}
