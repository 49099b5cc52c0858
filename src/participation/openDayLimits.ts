import { rateLimit, type RateLimit } from '../security/rateLimits'
import { positiveSetting } from '../security/settings'

/** Registrations from one address (OPEN_DAY_LIMIT_PER_ADDRESS per hour): a family registers a few people. */
export const openDayAddressLimit = (): RateLimit =>
  rateLimit({
    name: 'open-day-address',
    points: positiveSetting('OPEN_DAY_LIMIT_PER_ADDRESS', 6),
    durationSeconds: 3600,
    message: '报名提交过于频繁，请 {minutes} 分钟后再试。',
  })

/** Registrations for one open day from anywhere (OPEN_DAY_LIMIT_PER_EVENT per hour): bounds a flood from many addresses. */
export const openDayEventLimit = (): RateLimit =>
  rateLimit({
    name: 'open-day-event',
    points: positiveSetting('OPEN_DAY_LIMIT_PER_EVENT', 300),
    durationSeconds: 3600,
    message: '本场开放日当前报名人数较多，请 {minutes} 分钟后再试。',
  })

/** Queries and cancellations by code and phone digits from one address (OPEN_DAY_QUERY_LIMIT_PER_ADDRESS per hour). */
export const openDayQueryLimit = (): RateLimit =>
  rateLimit({
    name: 'open-day-query',
    points: positiveSetting('OPEN_DAY_QUERY_LIMIT_PER_ADDRESS', 30),
    durationSeconds: 3600,
    message: '查询次数过多，请 {minutes} 分钟后再试。',
  })
