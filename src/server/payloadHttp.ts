import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'
import { handleEndpoints, type SanitizedConfig } from 'payload'
import { bodyStreamOf } from '../security/bodyLimits'
import { clientAddressHeader } from '../security/clientAddress'
import { outageMessage, retryAfterSeconds, type DatabaseHealth } from '../security/health'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { cookieLanguage, inLanguage } from '../i18n/bilingual'

const whereMessage = {
  zh: '查询条件无效：请检查 where 参数中的字段名、运算符和取值（日期须为有效日期，编号须为数字）。',
  en: 'Invalid conditions: check the field names, operators and values in the where parameter (dates must be real dates, ids numbers).',
}

/** An Express request as a Fetch API Request, streaming the body rather than buffering it. */
export function toFetchRequest(req: ExpressRequest): Request {
  const url = new URL(req.originalUrl, `${req.protocol}://${req.get('host') ?? 'localhost'}`)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (name === clientAddressHeader) continue
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v))
    else if (value !== undefined) headers.set(name, value)
  }
  // The address Express resolved (trust proxy), for server code that rate-limits by it.
  if (req.ip) headers.set(clientAddressHeader, req.ip)
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  return new Request(url, {
    method: req.method,
    headers,
    ...(hasBody ? { body: Readable.toWeb(bodyStreamOf(req)) as unknown as ReadableStream, duplex: 'half' } : {}),
  } as RequestInit)
}

export async function sendFetchResponse(response: Response, res: ExpressResponse): Promise<void> {
  // Already answered (413 while the body streamed in): the handler's late response goes nowhere.
  if (res.headersSent) {
    await response.body?.cancel().catch(() => {})
    return
  }
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  await new Promise<void>((resolve, reject) => {
    Readable.fromWeb(response.body as unknown as NodeReadableStream).on('error', reject).pipe(res).on('finish', resolve).on('error', reject)
  })
}

/**
 * Payload's REST API and GraphQL, served by Express directly. These are the same handlers the
 * Next route files call, so the API does not need the Next runtime and stays fast to start.
 */
export function payloadApiHandlers(config: Promise<SanitizedConfig> | SanitizedConfig, health?: DatabaseHealth) {
  const graphql = GRAPHQL_POST(config)
  /** A server error while the database is down is an outage: 503 and when to retry, not the driver's message. */
  const duringOutage = async (response: Response, req: ExpressRequest): Promise<Response> => {
    if (response.status < 500 || !health) return response
    if (await health.healthy()) {
      // The database is fine, so a read that fails on its `where` failed on the visitor's condition
      // (a date that is no date, a non-numeric id): the adapters throw instead of refusing it.
      if (req.method !== 'GET' || !/[?&]where(\[|%5B)/i.test(req.originalUrl)) return response
      await response.body?.cancel().catch(() => {})
      return Response.json({ errors: [{ message: inLanguage(cookieLanguage(req.headers.cookie), whereMessage) }] }, { status: 400 })
    }
    await response.body?.cancel().catch(() => {})
    return Response.json({ errors: [{ message: outageMessage }] }, { status: 503, headers: { 'Retry-After': String(retryAfterSeconds) } })
  }
  return {
    rest: async (req: ExpressRequest, res: ExpressResponse) => {
      const request = toFetchRequest(req)
      const response = await handleEndpoints({ config, path: new URL(request.url).pathname, request })
      await sendFetchResponse(await duringOutage(response, req), res)
    },
    graphql: async (req: ExpressRequest, res: ExpressResponse) => {
      await sendFetchResponse(await duringOutage(await graphql(toFetchRequest(req)), req), res)
    },
  }
}
