import { rateLimit, type RateLimit } from '../security/rateLimits'
import { positiveSetting } from '../security/settings'

/** Applications from one address (DISCLOSURE_LIMIT_PER_ADDRESS per hour). */
export const applicationAddressLimit = (): RateLimit =>
  rateLimit({
    name: 'disclosure-address',
    points: positiveSetting('DISCLOSURE_LIMIT_PER_ADDRESS', 5),
    durationSeconds: 3600,
    message: '提交申请过于频繁，请 {minutes} 分钟后再试。',
  })

/** Applications to one site from anywhere (DISCLOSURE_LIMIT_PER_SITE per hour): bounds a flood from many addresses. */
export const applicationSiteLimit = (): RateLimit =>
  rateLimit({
    name: 'disclosure-site',
    points: positiveSetting('DISCLOSURE_LIMIT_PER_SITE', 200),
    durationSeconds: 3600,
    message: '本网站当前提交申请的人数较多，请 {minutes} 分钟后再试。',
  })

/** Status queries from one address (DISCLOSURE_QUERY_LIMIT_PER_ADDRESS per hour): bounds password guessing. */
export const applicationQueryLimit = (): RateLimit =>
  rateLimit({
    name: 'disclosure-query',
    points: positiveSetting('DISCLOSURE_QUERY_LIMIT_PER_ADDRESS', 30),
    durationSeconds: 3600,
    message: '查询次数过多，请 {minutes} 分钟后再试。',
  })
