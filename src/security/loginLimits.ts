import { Readable } from 'node:stream'
import type { Request, RequestHandler } from 'express'
import { bodyStreamOf, replaceBodyStream } from './bodyLimits'
import { accountRecoveryLimit, loginAccountLimit, loginAddressLimit, sendTooManyRequests } from './rateLimits'

/**
 * Login attempts are counted per client address and per account. A successful login gives its points
 * back, so only failures add up: an office full of colleagues behind one address signs in freely,
 * a password-guessing run stops at the limit. The body (at most JSON_MAX_BYTES, already enforced) is
 * read here for the account name and handed on unchanged.
 */

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk))
  return Buffer.concat(chunks)
}

/** The account a login names: `email` in a JSON body, GraphQL variables, or a GraphQL literal. */
export function accountOf(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { email?: unknown; variables?: { email?: unknown } }
    const email = parsed.email ?? parsed.variables?.email
    if (typeof email === 'string') return email.trim().toLowerCase()
  } catch {
    // not JSON: multipart or urlencoded forms fall through to the pattern below
  }
  const literal = /email\\?["']?\s*[:=]\s*\\?["']([^"'\\&]+)/.exec(body)
  return literal ? decodeURIComponent(literal[1]!).trim().toLowerCase() : null
}

const restLogin = /^\/api\/users\/login\/?$/
const restRecovery = /^\/api\/users\/(forgot-password|reset-password|verify\/[^/]+)\/?$/
const graphqlRecovery = /\b(forgotPasswordUser|resetPasswordUser|verifyEmailUser)\b/

/**
 * On the API routes: POST /api/users/login and GraphQL loginUser count as logins; forgot-password,
 * reset-password and verify (REST or GraphQL) count against the account-recovery limit.
 */
export function loginLimits(): RequestHandler {
  return async (req: Request, res, next) => {
    if (req.method !== 'POST') return next()
    const graphql = req.path === '/api/graphql'
    if (restRecovery.test(req.path)) return (await accountRecoveryLimit().admit(req, res)) ? next() : undefined
    if (!graphql && !restLogin.test(req.path)) return next()
    const options = { graphql }
    let body: Buffer
    try {
      body = await readAll(bodyStreamOf(req))
    } catch {
      return // the body limit has answered 413
    }
    replaceBodyStream(req, Readable.from([body]))
    const text = body.toString('utf8')
    if (options.graphql && graphqlRecovery.test(text) && !(await accountRecoveryLimit().admit(req, res))) return
    // On GraphQL only the loginUser mutation is a login; its failures are 200s, so every attempt counts.
    if (options.graphql && !/\bloginUser\b/.test(text)) return next()
    const address = req.ip ?? 'unknown'
    const account = accountOf(text)
    const addressWait = await loginAddressLimit().hit(address)
    if (addressWait !== null) return sendTooManyRequests(req, res, addressWait, loginAddressLimit().options)
    const accountWait = account ? await loginAccountLimit().hit(account) : null
    if (accountWait !== null) return sendTooManyRequests(req, res, accountWait, loginAccountLimit().options)
    if (!options.graphql) {
      res.on('finish', () => {
        if (res.statusCode >= 300) return
        void loginAddressLimit().reward(address)
        if (account) void loginAccountLimit().reward(account)
      })
    }
    next()
  }
}
