import cluster from 'node:cluster'
import type { Request, Response } from 'express'
import { RateLimiterCluster, RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { cookieLanguage } from '../i18n/bilingual'
import { positiveSetting } from './settings'

/**
 * Rate limits (访问频率限制) for logins, search and every anonymous form. In a clustered server
 * (WEB_CONCURRENCY, src/server/cluster.ts) the counters live in the primary process and every worker
 * asks it, so a limit holds for the host, not per worker; a single process counts in memory. Several
 * hosts behind one balancer would need a shared store (rate-limiter-flexible has Redis/PostgreSQL ones).
 *
 * A new anonymous form takes its own limiter: `rateLimit({ name: 'mailbox', points: 5, durationSeconds: 3600,
 * message: '…' })`, then `if (!(await limiter.admit(req, res))) return` before doing any work.
 */

export type RateLimitOptions = {
  /** Unique per limit: the counters' namespace in the primary process. */
  name: string
  points: number
  durationSeconds: number
  /** Chinese, saying when to try again; `{minutes}` is replaced by the wait. */
  message: string
  /**
   * The same in English, for limits met in the admin (sign-in, password recovery): shown when the admin language
   * (the `payload-lng` cookie) is English. Citizens' forms and search have none and always answer in Chinese.
   */
  messageEn?: string
}

export type RateLimit = {
  readonly options: RateLimitOptions
  /** Counts one request for the key; the seconds to wait when over the limit, else null. */
  hit(key: string): Promise<number | null>
  /** Gives back one point (a login that succeeded is not an attack). */
  reward(key: string): Promise<void>
  /** Counts the request for the client's address and answers 429 when over; true when it may proceed. */
  admit(req: Request, res: Response, key?: string): Promise<boolean>
}

const limiters = new Map<string, RateLimit>()

function store(options: RateLimitOptions): RateLimiterAbstract {
  const common = { keyPrefix: `zhanqun-${options.name}`, points: options.points, duration: options.durationSeconds }
  return cluster.isWorker ? new RateLimiterCluster({ ...common, timeoutMs: 3000 }) : new RateLimiterMemory(common)
}

/** Answers 429 with Retry-After and the limit's message (English for an English admin where the limit has one), as JSON on the API, text elsewhere. */
export function sendTooManyRequests(req: Request, res: Response, retryAfterSeconds: number, limit: Pick<RateLimitOptions, 'message' | 'messageEn'>): void {
  const message = limit.messageEn && cookieLanguage(req.headers.cookie).language === 'en' ? limit.messageEn : limit.message
  const text = message.replace('{minutes}', String(Math.max(1, Math.ceil(retryAfterSeconds / 60))))
  res.setHeader('Retry-After', String(retryAfterSeconds))
  res.setHeader('Cache-Control', 'no-store')
  res.status(429)
  if (req.path.startsWith('/api') || req.path.endsWith('.json')) res.json({ errors: [{ message: text }] })
  else res.type('text/plain; charset=utf-8').send(text)
}

/** The limit named `options.name`, created once per process. */
export function rateLimit(options: RateLimitOptions): RateLimit {
  const existing = limiters.get(options.name)
  if (existing) return existing
  const counters = store(options)
  const limit: RateLimit = {
    options,
    async hit(key) {
      try {
        await counters.consume(key)
        return null
      } catch (outcome) {
        if (outcome instanceof RateLimiterRes) return Math.max(1, Math.ceil(outcome.msBeforeNext / 1000))
        // The primary did not answer in time: let the request through rather than take the site down.
        return null
      }
    },
    async reward(key) {
      await counters.reward(key).catch(() => undefined)
    },
    async admit(req, res, key = req.ip ?? 'unknown') {
      const wait = await limit.hit(key)
      if (wait === null) return true
      sendTooManyRequests(req, res, wait, options)
      return false
    },
  }
  limiters.set(options.name, limit)
  return limit
}

/** Failed logins from one address (LOGIN_LIMIT_PER_ADDRESS in LOGIN_LIMIT_WINDOW_SECONDS). */
export const loginAddressLimit = (): RateLimit =>
  rateLimit({
    name: 'login-address',
    points: positiveSetting('LOGIN_LIMIT_PER_ADDRESS', 20),
    durationSeconds: positiveSetting('LOGIN_LIMIT_WINDOW_SECONDS', 15 * 60),
    message: '登录失败次数过多，请 {minutes} 分钟后再试。',
    messageEn: 'Too many failed sign-ins: try again in {minutes} minutes.',
  })

/** Failed logins to one account from anywhere (LOGIN_LIMIT_PER_ACCOUNT in the same window). */
export const loginAccountLimit = (): RateLimit =>
  rateLimit({
    name: 'login-account',
    points: positiveSetting('LOGIN_LIMIT_PER_ACCOUNT', 8),
    durationSeconds: positiveSetting('LOGIN_LIMIT_WINDOW_SECONDS', 15 * 60),
    message: '该账号登录失败次数过多，已暂停登录，请 {minutes} 分钟后再试或联系管理员。',
    messageEn: 'Too many failed sign-ins to this account: it is paused; try again in {minutes} minutes or ask an administrator.',
  })

/** Searches from one address (SEARCH_LIMIT_PER_MINUTE). */
export const searchRateLimit = (): RateLimit =>
  rateLimit({
    name: 'search',
    points: positiveSetting('SEARCH_LIMIT_PER_MINUTE', 120),
    durationSeconds: 60,
    message: '搜索过于频繁，请 {minutes} 分钟后再试。',
  })

/** Password-reset and verification requests from one address (ACCOUNT_RECOVERY_LIMIT_PER_HOUR): each may send an email. */
export const accountRecoveryLimit = (): RateLimit =>
  rateLimit({
    name: 'account-recovery',
    points: positiveSetting('ACCOUNT_RECOVERY_LIMIT_PER_HOUR', 10),
    durationSeconds: 3600,
    message: '找回密码或验证请求过于频繁，请 {minutes} 分钟后再试。',
    messageEn: 'Too many password-reset or verification requests: try again in {minutes} minutes.',
  })
