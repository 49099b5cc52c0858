import crypto from 'node:crypto'
import { AuthenticationError, type CollectionBeforeOperationHook, type Config, type Plugin } from 'payload'

type AfterErrorHook = NonNullable<NonNullable<Config['hooks']>['afterError']>[number]

/**
 * A failed login tells nothing about the account: an unknown address, a wrong password and a locked
 * account give the same status, the same body (REST and GraphQL) and take about as long. Payload answers
 * an unknown or locked account at once with its own error (LockedAuth says "locked"), but spends a
 * password hash on a wrong password, so the first two would be told apart by their message or their time.
 * Here they are refused as a wrong password, after hashing the attempt like one; the one message says
 * that repeated failures lock the account for a while, so a locked-out colleague still knows what to do.
 */

/** Payload's current password hash parameters (pbkdf2-sha256-v1): the work one wrong password costs. */
const hashIterations = 600_000
const hashKeyLength = 32
const dummySalt = crypto.randomBytes(32).toString('hex')

const spendHash = (password: unknown): Promise<void> =>
  new Promise((resolve) =>
    crypto.pbkdf2(
      typeof password === 'string' ? password : '',
      dummySalt,
      hashIterations,
      hashKeyLength,
      'sha256',
      () => resolve(),
    ),
  )

type LoginData = { email?: unknown; password?: unknown }
type StoredLogin = { lockUntil?: string | null } | null

/** Before Payload's login: an unknown or locked account fails here as a wrong password would. */
export const refuseUnknownOrLocked: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: LoginData }).data ?? {}
  const email = typeof data.email === 'string' ? data.email.toLowerCase().trim() : ''
  if (!email) return args
  const user = (await req.payload.db.findOne({
    collection: 'users',
    where: { email: { equals: email } },
    req,
  })) as StoredLogin
  const locked = Boolean(user?.lockUntil && Date.parse(user.lockUntil) > Date.now())
  if (user && !locked) return args
  await spendHash(data.password)
  throw new AuthenticationError(req.t)
}

/**
 * The attempt that reaches the limit locks the account, and Payload reports it as LockedAuth: answered
 * as the wrong password it was (REST and GraphQL), so that no failure differs from an unknown address.
 */
export const lockedAsWrongPassword: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (
    (error as { name?: string; originalError?: { name?: string } }).name !== 'LockedAuth' &&
    (error as { originalError?: { name?: string } }).originalError?.name !== 'LockedAuth'
  )
    return
  const message = req.t('error:emailOrPasswordIncorrect')
  if (graphqlResult)
    return {
      graphqlResult: {
        ...graphqlResult,
        message,
        extensions: { ...graphqlResult.extensions, name: 'AuthenticationError', statusCode: 401 },
      },
    }
  return { response: { errors: [{ message }] }, status: 401 }
}

/** The one answer to every failed login (zh and en), in place of Payload's two. */
const loginFailureMessages = {
  zh: {
    error: {
      emailOrPasswordIncorrect:
        '邮箱或密码不正确。连续失败多次后账号会暂时锁定 10 分钟，请核对后重试，或联系网站管理员。',
    },
  },
  en: {
    error: {
      emailOrPasswordIncorrect:
        'The email or password is incorrect. After repeated failures the account is locked for 10 minutes; check and try again, or ask the site administrator.',
    },
  },
}

/** Installs the above: the hook on users' login, the error rewrite, and the one message. */
export const uniformLoginFailures = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collection.slug === 'users'
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            beforeOperation: [refuseUnknownOrLocked, ...(collection.hooks?.beforeOperation ?? [])],
          },
        }
      : collection,
  ),
  hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), lockedAsWrongPassword] },
  i18n: {
    ...config.i18n,
    translations: {
      ...config.i18n?.translations,
      zh: {
        ...config.i18n?.translations?.zh,
        error: {
          ...(config.i18n?.translations?.zh as { error?: object } | undefined)?.error,
          ...loginFailureMessages.zh.error,
        },
      },
      en: {
        ...config.i18n?.translations?.en,
        error: {
          ...(config.i18n?.translations?.en as { error?: object } | undefined)?.error,
          ...loginFailureMessages.en.error,
        },
      },
    },
  },
})
