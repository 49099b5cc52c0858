import { rateLimit, type RateLimit } from '../security/rateLimits'
import { positiveSetting } from '../security/settings'

/** Submissions from one address (MAILBOX_LIMIT_PER_ADDRESS per hour). */
export const mailboxAddressLimit = (): RateLimit =>
  rateLimit({
    name: 'mailbox-address',
    points: positiveSetting('MAILBOX_LIMIT_PER_ADDRESS', 5),
    durationSeconds: 3600,
    message: '提交留言过于频繁，请 {minutes} 分钟后再试。',
  })

/** Submissions to one site from anywhere (MAILBOX_LIMIT_PER_SITE per hour): bounds a flood from many addresses. */
export const mailboxSiteLimit = (): RateLimit =>
  rateLimit({
    name: 'mailbox-site',
    points: positiveSetting('MAILBOX_LIMIT_PER_SITE', 300),
    durationSeconds: 3600,
    message: '本网站当前留言人数较多，请 {minutes} 分钟后再试。',
  })

/** Queries by code and password from one address (MAILBOX_QUERY_LIMIT_PER_ADDRESS per hour): bounds password guessing. */
export const mailboxQueryLimit = (): RateLimit =>
  rateLimit({
    name: 'mailbox-query',
    points: positiveSetting('MAILBOX_QUERY_LIMIT_PER_ADDRESS', 30),
    durationSeconds: 3600,
    message: '查询次数过多，请 {minutes} 分钟后再试。',
  })

/** Proof-of-work challenges handed to one address (FORM_CHALLENGE_LIMIT_PER_MINUTE). */
export const challengeLimit = (): RateLimit =>
  rateLimit({
    name: 'form-challenge',
    points: positiveSetting('FORM_CHALLENGE_LIMIT_PER_MINUTE', 60),
    durationSeconds: 60,
    message: '请求过于频繁，请 {minutes} 分钟后再试。',
  })
