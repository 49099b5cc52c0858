import http from 'node:http'
import net from 'node:net'
import type { AddressInfo } from 'node:net'

/**
 * Network edges for the monitoring tests: real local servers that answer, refuse, hang, and an SMTP
 * listener that captures what the platform mails.
 */

const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

/** Lexical state of one paragraph of text followed by links, as an editor would write it. */
export function lexicalWithLinks(body: string, links: { url: string; label?: string }[] = []) {
  const children = [
    text(body),
    ...links.map((l) => ({
      type: 'link',
      fields: { url: l.url, newTab: false, linkType: 'custom' },
      children: [text(l.label ?? '链接')],
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 3,
    })),
  ]
  return {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: [
        {
          type: 'paragraph',
          children,
          direction: 'ltr',
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          version: 1,
        },
      ],
    },
  }
}

export type LocalServer = {
  url: string
  port: number
  requests: { path: string; at: number }[]
  close(): Promise<void>
}

/** An HTTP server: `/missing*` → 404, `/hang*` never answers, anything else → 200. */
export async function startLocalServer(options: { hangAll?: boolean } = {}): Promise<LocalServer> {
  const requests: LocalServer['requests'] = []
  const server = http.createServer((req, res) => {
    requests.push({ path: req.url ?? '/', at: Date.now() })
    if (options.hangAll || req.url?.startsWith('/hang')) return // never answers
    if (req.url?.startsWith('/missing')) return res.writeHead(404).end('not found')
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body>ok</body></html>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** A port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  await new Promise((resolve) => server.close(resolve))
  return port
}

export type CapturedMail = { from: string; to: string[]; subject: string; raw: string }

const decodeWords = (value: string) =>
  value.replace(/\?=\s+=\?/g, '?==?').replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, enc: string, data: string) =>
    enc.toLowerCase() === 'b'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(
          data.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  )

/** A minimal SMTP server (no TLS, no auth) that keeps every message it is given. */
export async function startSmtpCapture(): Promise<{ port: number; mails: CapturedMail[]; close(): Promise<void> }> {
  const mails: CapturedMail[] = []
  const server = net.createServer((socket) => {
    let buffer = ''
    let inData = false
    let current: { from: string; to: string[] } = { from: '', to: [] }
    socket.write('220 capture ESMTP\r\n')
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8')
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n')
          if (end < 0) return
          const raw = buffer.slice(0, end)
          buffer = buffer.slice(end + 5)
          inData = false
          const headers = raw.split('\r\n\r\n')[0]!.replace(/\r\n[ \t]+/g, ' ')
          const subject = decodeWords(headers.match(/^subject: (.*)$/im)?.[1] ?? '')
          mails.push({ ...current, subject, raw })
          current = { from: '', to: [] }
          socket.write('250 OK queued\r\n')
          continue
        }
        const newline = buffer.indexOf('\r\n')
        if (newline < 0) return
        const line = buffer.slice(0, newline)
        buffer = buffer.slice(newline + 2)
        const verb = line.slice(0, 4).toUpperCase()
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250-capture\r\n250 8BITMIME\r\n')
        else if (verb === 'MAIL') {
          current.from = line.match(/<([^>]*)>/)?.[1] ?? ''
          socket.write('250 OK\r\n')
        } else if (verb === 'RCPT') {
          current.to.push(line.match(/<([^>]*)>/)?.[1] ?? '')
          socket.write('250 OK\r\n')
        } else if (verb === 'DATA') {
          inData = true
          socket.write('354 go ahead\r\n')
        } else if (verb === 'QUIT') socket.end('221 bye\r\n')
        else socket.write('250 OK\r\n')
      }
    })
    socket.on('error', () => {})
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    mails,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
