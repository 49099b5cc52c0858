import type { Access } from 'payload'
import { readsWholeCluster, siteIdsWithRole } from '../access/roles'
import { siteIn } from '../access/siteScoped'

/** Health records of a site: the general office (platform admins, supervisors) and the site's own staff. */
export const readSiteHealth: Access = ({ req }) => {
  if (readsWholeCluster(req.user)) return true
  const sites = siteIdsWithRole(req.user)
  return sites.length ? siteIn(sites) : false
}

/** Written only by the monitor (server code through the Local API); no route may create, change or delete. */
export const monitorWritesOnly: Access = () => false

export const monitoringGroup = { zh: '网站监测', en: 'Site health' }
