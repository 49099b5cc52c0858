import { rateLimit, type RateLimit } from '../security/rateLimits'
import { positiveSetting } from '../security/settings'

/** Comments from one address (CONSULTATION_LIMIT_PER_ADDRESS per hour), across all consultations. */
export const commentAddressLimit = (): RateLimit =>
  rateLimit({
    name: 'consultation-address',
    points: positiveSetting('CONSULTATION_LIMIT_PER_ADDRESS', 5),
    durationSeconds: 3600,
    message: '提交意见过于频繁，请 {minutes} 分钟后再试。',
  })

/** Comments on one consultation from anywhere (CONSULTATION_LIMIT_PER_CONSULTATION per hour): bounds a flood. */
export const commentConsultationLimit = (): RateLimit =>
  rateLimit({
    name: 'consultation-target',
    points: positiveSetting('CONSULTATION_LIMIT_PER_CONSULTATION', 300),
    durationSeconds: 3600,
    message: '本次意见征集当前提交人数较多，请 {minutes} 分钟后再试。',
  })
