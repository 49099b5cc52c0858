import { createHash, createHmac } from 'node:crypto'
import { createChallenge, verifySolution } from 'altcha-lib'
import type { Payload } from 'payload'
import { replayStore } from './challengeReplayStore'
import { positiveSetting } from './settings'

/**
 * The self-hosted proof-of-work challenge (ALTCHA format, altcha-lib) of the anonymous forms: the browser
 * must find a number whose SHA-256 with the challenge's salt matches before the form is accepted. The
 * challenge is signed with a key derived from PAYLOAD_SECRET (or FORM_CHALLENGE_KEY), expires after
 * FORM_CHALLENGE_MINUTES, and each challenge is accepted once across the cluster (src/security/challengeReplayStore.ts).
 * The solver is themes/default/assets/challenge.js: no outside service, no inline script.
 */

const hmacKey = (): string => {
  const explicit = process.env.FORM_CHALLENGE_KEY
  if (explicit) return explicit
  return createHmac('sha256', process.env.PAYLOAD_SECRET ?? 'zhanqun')
    .update('form-challenge')
    .digest('hex')
}

/** The work asked for: the solver tries on average half of `maxNumber` hashes (a few hundred ms on a phone at 50 000). */
export const challengeMaxNumber = (): number => positiveSetting('FORM_CHALLENGE_MAX_NUMBER', 50_000)

const validMinutes = (): number => positiveSetting('FORM_CHALLENGE_MINUTES', 30)

export type FormChallenge = { algorithm: string; challenge: string; maxnumber: number; salt: string; signature: string }

export async function newFormChallenge(): Promise<FormChallenge> {
  const challenge = await createChallenge({
    hmacKey: hmacKey(),
    maxNumber: challengeMaxNumber(),
    expires: new Date(Date.now() + validMinutes() * 60_000),
  })
  return { ...challenge, maxnumber: challenge.maxnumber ?? challengeMaxNumber() }
}

export const challengeMessage = '安全验证未通过：请等待页面上的“安全验证”完成后再提交；如页面停留过久，请刷新后重试。'

/** True when `solution` (the base64 JSON the solver puts in the form) solves an unexpired challenge of ours not used before. */
const challengeOf = (solution: string): string => {
  try {
    const decoded = JSON.parse(Buffer.from(solution, 'base64').toString('utf8')) as { challenge?: unknown }
    if (typeof decoded.challenge === 'string') return decoded.challenge
  } catch {
    // verifySolution accepted it, so it parsed; fall through to hashing the whole text.
  }
  return createHash('sha256').update(solution).digest('base64')
}

export async function formChallengeSolved(solution: string | undefined, payload?: Payload): Promise<boolean> {
  if (!solution || solution.length > 2000) return false
  let ok = false
  try {
    ok = await verifySolution(solution, hmacKey(), true)
  } catch {
    return false
  }
  if (!ok) return false
  // Keyed by the challenge, not the solution's text: re-encoding the same solution must not pass twice.
  const key = createHash('sha256').update(challengeOf(solution)).digest('base64url')
  return replayStore(payload).markUsed(key, new Date(Date.now() + validMinutes() * 60_000))
}
