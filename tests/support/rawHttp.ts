import http from 'node:http'

/**
 * A request over node:http, for what fetch cannot do: set the Host header, stream a body in chunks
 * without a length, or keep the answer the server gives before it has read the whole body.
 */
export type RawResponse = {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  json(): any
  bytesSent: number
}

export type RawRequest = {
  method?: string
  path: string
  headers?: Record<string, string>
  /** Sent as one piece (with Content-Length unless the headers say otherwise). */
  body?: Buffer | string
  /** Sent as `chunks` pieces of `chunkBytes` (chunked unless the headers give a Content-Length), stopping once the server answers. */
  stream?: { chunkBytes: number; chunks: number }
}

export function rawRequest(baseUrl: string, request: RawRequest): Promise<RawResponse> {
  const url = new URL(request.path, baseUrl)
  return new Promise((resolve, reject) => {
    let bytesSent = 0
    let answered = false
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: request.method ?? 'GET',
        headers: request.headers,
        agent: false,
      },
      (res) => {
        answered = true
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text), bytesSent })
        })
        res.on('error', reject)
      },
    )
    // Once the server has answered and closed, the rest of an oversize body cannot be written: expected.
    req.on('error', (error) => {
      if (!answered) reject(error)
    })
    if (request.stream) {
      const { chunkBytes, chunks } = request.stream
      const piece = Buffer.alloc(chunkBytes, 0x20)
      let sent = 0
      const pump = () => {
        while (sent < chunks && !answered && !req.destroyed) {
          sent += 1
          bytesSent += piece.length
          if (!req.write(piece)) return void req.once('drain', pump)
        }
        if (!req.destroyed) req.end()
      }
      pump()
    } else {
      if (request.body !== undefined) bytesSent = Buffer.byteLength(request.body)
      req.end(request.body)
    }
  })
}

/** The session cookie (`payload-token=…`) from a REST login's Set-Cookie. */
export async function loginCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await rawRequest(baseUrl, {
    method: 'POST',
    path: '/api/users/login',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('payload-token='))
  if (res.status !== 200 || !cookie) throw new Error(`login ${email}: ${res.status} ${res.text}`)
  return cookie.split(';')[0]!
}
