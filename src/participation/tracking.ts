import { createHmac, randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

/**
 * The citizen's receipt (查询码 + 查询密码): the code names the message, the password proves it is theirs.
 *
 * Only a salted HMAC of the password is stored, keyed by a secret derived from PAYLOAD_SECRET. A slow hash
 * (scrypt, ~50 ms of CPU) bought nothing here: the password guards a public status page of a message whose
 * contents the database holds anyway, so a leaked database gains an attacker nothing by cracking it, and online
 * guessing is bounded by the query rate limit. It did cap a 2-core server at about 40 submissions a second.
 * Hashes stored by the earlier scrypt scheme still verify.
 */

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>

// No 0/O, 1/I/L: the code is read aloud on the phone and copied by hand.
const codeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/** A 12-character tracking code in three groups, e.g. `LX7K-2M9P-Q4TR` (31^12 ≈ 8·10^17 codes). */
export function newTrackingCode(): string {
  const chars = Array.from({ length: 12 }, () => codeAlphabet[randomInt(codeAlphabet.length)]).join('')
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`
}

/** An 8-digit query password: easy to note down, and guessing is bounded by the query rate limit. */
export const newQueryPassword = (): string => String(randomInt(10_000_000, 100_000_000))

/** Normalises what a citizen types: case, spaces, missing dashes. */
export function normaliseTrackingCode(value: string): string {
  const compact = value.toUpperCase().replace(/[^0-9A-Z]/g, '')
  return compact.length === 12 ? `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8)}` : compact
}

const hmacKey = (): Buffer =>
  createHmac('sha256', process.env.PAYLOAD_SECRET ?? 'zhanqun')
    .update('message-query-password')
    .digest()

const keyed = (password: string, salt: Buffer): Buffer =>
  createHmac('sha256', hmacKey()).update(salt).update(password.slice(0, 64)).digest()

export async function hashQueryPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  return `hmac$${salt.toString('base64')}$${keyed(password, salt).toString('base64')}`
}

// Compared against when the code is unknown, so that a wrong code is answered the same way as a wrong password.
const decoy = `hmac$${randomBytes(16).toString('base64')}$${randomBytes(32).toString('base64')}`

export async function queryPasswordMatches(password: string, stored: string | null | undefined): Promise<boolean> {
  const [scheme, salt, key] = (stored || decoy).split('$')
  if (!salt || !key) return false
  const expected = Buffer.from(key, 'base64')
  const saltBytes = Buffer.from(salt, 'base64')
  let actual: Buffer
  if (scheme === 'hmac') actual = keyed(password, saltBytes)
  else if (scheme === 'scrypt') actual = await scryptAsync(password.slice(0, 64), saltBytes, expected.length)
  else return false
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
