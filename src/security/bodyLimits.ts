import { Transform, type Readable } from 'node:stream'
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { maxAttachmentBytes } from '../../collections/files/validation'
import { cookieLanguage } from '../i18n/bilingual'
import { adminBodyMaxBytes, jsonMaxBytes, mediaMaxBytes } from './settings'

/**
 * Request bodies are limited per route before anything buffers them: the declared Content-Length is
 * checked first, and the bytes are counted again while they stream into Payload (a chunked body has
 * no length to declare). An oversize request gets 413 at once; what still arrives is discarded
 * unread for a few seconds and then the connection is closed.
 */

const bodyStreams = new WeakMap<Request, Readable>()

/** The request body as the handler must read it: through the byte counter when one is installed. */
export const bodyStreamOf = (req: Request): Readable => bodyStreams.get(req) ?? req

/** After a middleware has read the body (within its limit), what the handler reads instead. */
export const replaceBodyStream = (req: Request, stream: Readable): void => void bodyStreams.set(req, stream)

const humanSize = (bytes: number): string => (bytes >= 1048576 ? `${Number((bytes / 1048576).toFixed(1))} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`)

/** Multipart boundaries and the `_payload` JSON field beside the file. */
const multipartOverhead = 1024 * 1024

/** The body limit of a route: uploads at their configured size, admin server functions, JSON everywhere else. */
export function bodyLimitFor(req: Request): number {
  const path = req.path
  if (/^\/api\/files(\/[^/]+)?\/?$/.test(path)) return maxAttachmentBytes() + multipartOverhead
  if (/^\/api\/media(\/[^/]+)?\/?$/.test(path)) return mediaMaxBytes() + multipartOverhead
  if (path.startsWith('/admin')) return adminBodyMaxBytes()
  return jsonMaxBytes()
}

/** How long the rest of a refused body is read and thrown away, so that the client gets to read the 413. */
const lingerMs = 5000

function reject(req: Request, res: Response, max: number): void {
  if (res.headersSent) return
  const json = req.path.startsWith('/api')
  // The API and the admin answer staff in their admin language; citizens' forms are always answered in Chinese.
  const english = (json || req.path.startsWith('/admin')) && cookieLanguage(req.headers.cookie).language === 'en'
  const message = english
    ? `The request is too large: at most ${humanSize(max)} here. Compress or split it and try again.`
    : `请求内容过大：此处最多接受 ${humanSize(max)}。请压缩或拆分后重试。`
  const body = Buffer.from(json ? JSON.stringify({ errors: [{ message }] }) : message)
  // Closing at once would make the client's kernel drop the answer (a reset while it still sends), so a
  // browser would show "connection reset" instead of the message: discard what keeps coming for a few
  // seconds (nothing is kept), then close. Lingering close, as nginx does it. The whole answer is written
  // (its Content-Length tells the client it is complete) but the response is ended only then: Node closes
  // a connection as soon as a response ends on an unread body, and the client saw EPIPE, not the 413.
  res.writeHead(413, { 'Content-Type': json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8', 'Content-Length': body.length, Connection: 'close' })
  res.write(body)
  req.unpipe()
  req.resume()
  const linger = setTimeout(() => {
    res.end()
    req.socket.destroy()
  }, lingerMs)
  linger.unref()
  req.once('end', () => {
    clearTimeout(linger)
    res.end()
  })
}

const hasBody = (req: Request): boolean => req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS'

/** Counts the body as it streams (for handlers that read it through `bodyStreamOf`). */
export function limitBody(maxFor: (req: Request) => number = bodyLimitFor): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!hasBody(req)) return next()
    const max = maxFor(req)
    const declared = req.headers['content-length']
    if (declared !== undefined && !(Number(declared) <= max)) return reject(req, res, max)
    let seen = 0
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        seen += chunk.length
        if (seen > max) {
          reject(req, res, max)
          req.unpipe(counter)
          callback(Object.assign(new Error('request body too large'), { status: 413 }))
          return
        }
        callback(null, chunk)
      },
    })
    req.pipe(counter)
    bodyStreams.set(req, counter)
    next()
  }
}

/**
 * For handlers that read the request themselves (Next's admin): the declared length must fit, and a
 * body without one is refused, since Node's parser never delivers more than Content-Length says.
 */
export function requireDeclaredLength(maxFor: (req: Request) => number = bodyLimitFor): RequestHandler {
  return (req, res, next) => {
    if (!hasBody(req)) return next()
    const max = maxFor(req)
    const declared = req.headers['content-length']
    if (declared === undefined) {
      if (!req.headers['transfer-encoding']) return next()
      res.setHeader('Connection', 'close')
      return void res.status(411).type('text/plain; charset=utf-8').send('请求须声明 Content-Length。')
    }
    if (!(Number(declared) <= max)) return reject(req, res, max)
    next()
  }
}
