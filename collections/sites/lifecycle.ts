import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { inLanguage } from '../../src/i18n/bilingual'
import { getPlatformSettings } from '../../src/settings/platformSettings'
import { SiteLifecycle, siteStates, type SiteState } from '../../src/states'

export const siteStatuses = siteStates

export type SiteStatus = SiteState

const dayMs = 24 * 60 * 60 * 1000

type ClosureNotice = { announcedAt?: string | null; closesAt?: string | null; successorSite?: unknown; text?: string | null }

/**
 * The closure rules (开设→变更→关停): a site closes only after a notice has run for the configured
 * number of days, naming the successor site; only then may it be marked closed.
 */
export const enforceSiteLifecycle: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation }) => {
  const next = (data.status ?? originalDoc?.status) as SiteStatus
  const previous = (operation === 'update' ? originalDoc?.status : undefined) as SiteStatus | undefined
  const notice: ClosureNotice = { ...(originalDoc?.closureNotice ?? {}), ...(data.closureNotice ?? {}) }
  const errors: { path: string; message: string }[] = []

  if (next === SiteLifecycle.closing || next === SiteLifecycle.closed) {
    const { closureNoticeDays } = await getPlatformSettings(req.payload)
    if (!notice.successorSite) errors.push({ path: 'closureNotice.successorSite', message: inLanguage(req, { zh: '关停网站须指定承接网站（新网站）。', en: 'Closing a site needs its successor site (the new site).' }) })
    if (!notice.closesAt) errors.push({ path: 'closureNotice.closesAt', message: inLanguage(req, { zh: '请填写关停日期。', en: 'Enter the closing date.' }) })
    if (next === SiteLifecycle.closing && previous !== SiteLifecycle.closing) notice.announcedAt ??= new Date().toISOString()
    if (notice.announcedAt && notice.closesAt) {
      const days = (Date.parse(notice.closesAt) - Date.parse(notice.announcedAt)) / dayMs
      if (days < closureNoticeDays) {
        errors.push({
          path: 'closureNotice.closesAt',
          message: inLanguage(req, { zh: `关停公告期不足：公告日至关停日须不少于 ${closureNoticeDays} 天，当前为 ${Math.floor(days)} 天。`, en: `The closure notice is too short: at least ${closureNoticeDays} days from notice to closing, now ${Math.floor(days)}.` }),
        })
      }
    }
    if (notice.successorSite && String(typeof notice.successorSite === 'object' ? (notice.successorSite as { id: unknown }).id : notice.successorSite) === String(originalDoc?.id)) {
      errors.push({ path: 'closureNotice.successorSite', message: inLanguage(req, { zh: '承接网站不能是本网站。', en: 'The successor cannot be the site itself.' }) })
    }
  }
  if (next === SiteLifecycle.closed && previous !== SiteLifecycle.closed) {
    if (previous !== SiteLifecycle.closing) errors.push({ path: 'status', message: inLanguage(req, { zh: '网站须先发布关停公告（状态“关停公告中”），公告期满后才能关停。', en: 'A site first announces its closure (status “closing”) and closes once the notice period is over.' }) })
    else if (notice.closesAt && Date.parse(notice.closesAt) > Date.now()) {
      errors.push({ path: 'status', message: inLanguage(req, { zh: `关停公告期尚未届满，${notice.closesAt.slice(0, 10)} 之后才能关停。`, en: `The notice period is not over: the site closes after ${notice.closesAt.slice(0, 10)}.` }) })
    }
  }
  if (errors.length) throw new ValidationError({ collection: 'sites', errors })
  if (next === SiteLifecycle.closing || next === SiteLifecycle.closed) data.closureNotice = notice
  return data
}
