import type { Payload } from 'payload'
import type { Article, Column, Site, User } from '../../payload-types'
import type { SiteRole } from '../../src/access/roles'

/**
 * Shared setup for the integration tests: sites with their staff, articles in any workflow state
 * (written through the Local API, which is trusted server code), and small HTTP clients that act
 * as a signed-in user over REST, GraphQL and the public pages.
 */

export const password = 'correct-horse-battery-staple'

type SiteStatus = Site['status']
type WorkflowStatus = Article['workflowStatus']
type Disclosure = Article['disclosureAttribute']

let sequence = 0
const next = () => ++sequence

/** A fresh, valid 网站标识码 (unique within the test file's database). */
export const nextSiteCode = (): string => `64${String(10_000_000 + next()).slice(-8)}`

export type SiteInput = {
  name?: string
  siteCode?: string
  domain?: string
  status?: SiteStatus
  sponsor?: string
  level?: Site['level']
}

export async function createSite(payload: Payload, input: SiteInput = {}): Promise<Site> {
  const n = next()
  return payload.create({
    collection: 'sites',
    overrideAccess: true,
    data: {
      name: input.name ?? `测试网站${n}`,
      siteCode: input.siteCode ?? nextSiteCode(),
      level: input.level ?? 'county',
      // Sites in later lifecycle states are created live first (closing needs a notice).
      status: input.status ?? 'live',
      sponsor: input.sponsor ?? `测试主办单位${n}`,
      filings: {
        icpNumber: `宁ICP备${String(n).padStart(8, '0')}号`,
        publicSecurityNumber: `宁公网安备 640104020${String(n).padStart(5, '0')}号`,
      },
      domains: [{ domain: input.domain ?? `www.site${n}-${Date.now().toString(36)}.gov.cn` }],
    },
  })
}

export type UserInput = {
  email?: string
  name?: string
  roles?: ('platform-admin' | 'supervisor')[]
  memberships?: { site: Site | number; roles: SiteRole[] }[]
}

export async function createUser(payload: Payload, input: UserInput = {}): Promise<User> {
  const n = next()
  return payload.create({
    collection: 'users',
    overrideAccess: true,
    data: {
      name: input.name ?? `测试用户${n}`,
      email: input.email ?? `user${n}@test.gov.cn`,
      password,
      roles: input.roles ?? [],
      siteMemberships: (input.memberships ?? []).map((m) => ({
        site: typeof m.site === 'object' ? m.site.id : m.site,
        roles: m.roles,
      })),
    },
  })
}

export type SiteWithStaff = {
  site: Site
  column: Column
  siteAdmin: User
  editor: User
  reviewer: User
  opennessOfficer: User
}

/** A live site with one news column and one user for each site role. */
export async function createSiteWithStaff(
  payload: Payload,
  key: string,
  input: SiteInput = {},
): Promise<SiteWithStaff> {
  const site = await createSite(payload, { name: `${key}网站`, ...input })
  const column = await createColumn(payload, site, { title: `${key}要闻`, slug: 'news' })
  const member = (role: SiteRole) =>
    createUser(payload, {
      name: `${key}${role}`,
      email: `${role}-${key.toLowerCase()}-${site.id}@test.gov.cn`,
      memberships: [{ site, roles: [role] }],
    })
  return {
    site,
    column,
    siteAdmin: await member('site-admin'),
    editor: await member('editor'),
    reviewer: await member('reviewer'),
    opennessOfficer: await member('openness-officer'),
  }
}

export async function createColumn(
  payload: Payload,
  site: Site,
  input: { title?: string; slug?: string; kind?: Column['kind']; order?: number } = {},
): Promise<Column> {
  const n = next()
  return payload.create({
    collection: 'columns',
    overrideAccess: true,
    data: {
      site: site.id,
      title: input.title ?? `栏目${n}`,
      slug: input.slug ?? `column-${n}`,
      kind: input.kind ?? 'news',
      order: input.order ?? n,
    },
  })
}

export type ArticleInput = {
  site: Site
  column: Column | Column[]
  title?: string
  summary?: string
  status?: WorkflowStatus
  disclosure?: Disclosure
  attachments?: number[]
  coverImage?: number
}

/**
 * An article in the given workflow state, moved there through the workflow's own transitions
 * (trusted server code: no user on the request).
 */
export async function createArticle(payload: Payload, input: ArticleInput): Promise<Article> {
  const columns = (Array.isArray(input.column) ? input.column : [input.column]).map((c) => c.id)
  const disclosure = input.disclosure ?? 'public'
  const target = input.status ?? 'draft'
  const initial: WorkflowStatus = target === 'withdrawn' ? 'published' : target === 'scheduled' ? 'draft' : target
  let article = await payload.create({
    collection: 'articles',
    overrideAccess: true,
    data: {
      site: input.site.id,
      columns,
      title: input.title ?? `测试信息${next()}`,
      summary: input.summary ?? '',
      workflowStatus: initial,
      disclosureAttribute: disclosure,
      ...(disclosure !== 'public' ? { nonDisclosureReason: '涉及内部事务，依法不予公开。' } : {}),
      ...(input.attachments ? { attachments: input.attachments } : {}),
      ...(input.coverImage ? { coverImage: input.coverImage } : {}),
    },
  })
  if (target === 'withdrawn') {
    article = await payload.update({
      collection: 'articles',
      id: article.id,
      overrideAccess: true,
      data: { workflowStatus: 'withdrawn' },
    })
  }
  if (target === 'scheduled') {
    const publishAt = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString()
    article = await payload.update({
      collection: 'articles',
      id: article.id,
      overrideAccess: true,
      data: { workflowStatus: 'scheduled', publishAt },
    })
  }
  return article
}

// ---------------------------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------------------------

export type HttpResult<T = any> = { status: number; body: T; text: string; headers: Headers }

/** Payload's REST query-string format: where[title][equals]=…, where[or][0][site][equals]=…. */
function queryString(params: Record<string, unknown>): string {
  const parts: string[] = []
  const walk = (value: unknown, key: string) => {
    if (value === undefined) return
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) walk(v, `${key}[${k}]`)
      return
    }
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
  }
  for (const [k, v] of Object.entries(params)) walk(v, k)
  return parts.length ? `?${parts.join('&')}` : ''
}

async function http(
  baseUrl: string,
  method: string,
  path: string,
  init: { token?: string; json?: unknown; body?: BodyInit; headers?: Record<string, string> } = {},
): Promise<HttpResult> {
  const headers: Record<string, string> = { ...(init.headers ?? {}) }
  if (init.token) headers.Authorization = `JWT ${init.token}`
  let body = init.body
  if (init.json !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(init.json)
  }
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body, redirect: 'manual' })
  const text = await response.text()
  let parsed: unknown = text
  if ((response.headers.get('content-type') ?? '').includes('json')) {
    try {
      parsed = JSON.parse(text)
    } catch {
      parsed = text
    }
  }
  return { status: response.status, body: parsed, text, headers: response.headers }
}

export async function login(baseUrl: string, user: Pick<User, 'email'> | string, pw = password): Promise<string> {
  const email = typeof user === 'string' ? user : user.email
  const result = await http(baseUrl, 'POST', '/api/users/login', { json: { email, password: pw } })
  if (result.status !== 200 || !result.body?.token)
    throw new Error(`login ${email} failed: ${result.status} ${result.text}`)
  return result.body.token as string
}

export type GraphQLResult<T = any> = {
  status: number
  data: T | null
  errors: { message: string; extensions?: Record<string, unknown> }[]
}

export async function graphql<T = any>(
  baseUrl: string,
  query: string,
  options: { token?: string; variables?: Record<string, unknown> } = {},
): Promise<GraphQLResult<T>> {
  const result = await http(baseUrl, 'POST', '/api/graphql', {
    token: options.token,
    json: { query, variables: options.variables ?? {} },
  })
  return { status: result.status, data: result.body?.data ?? null, errors: result.body?.errors ?? [] }
}

/** An HTTP client acting as one signed-in user (or anonymously without a token). */
export type Client = {
  token?: string
  get(path: string, params?: Record<string, unknown>): Promise<HttpResult>
  post(path: string, json: unknown): Promise<HttpResult>
  patch(path: string, json: unknown, params?: Record<string, unknown>): Promise<HttpResult>
  delete(path: string, params?: Record<string, unknown>): Promise<HttpResult>
  /** Multipart: POST creates an upload, PATCH replaces the file of an existing one. */
  upload(path: string, form: FormData, method?: 'POST' | 'PATCH'): Promise<HttpResult>
  graphql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>
}

export function client(baseUrl: string, token?: string): Client {
  return {
    token,
    get: (path, params = {}) => http(baseUrl, 'GET', `${path}${queryString(params)}`, { token }),
    post: (path, json) => http(baseUrl, 'POST', path, { token, json }),
    patch: (path, json, params = {}) => http(baseUrl, 'PATCH', `${path}${queryString(params)}`, { token, json }),
    delete: (path, params = {}) => http(baseUrl, 'DELETE', `${path}${queryString(params)}`, { token }),
    upload: (path, form, method = 'POST') => http(baseUrl, method, path, { token, body: form }),
    graphql: (query, variables) => graphql(baseUrl, query, { token, variables }),
  }
}

/** Logs the user in and returns a client acting as them. */
export async function clientAs(baseUrl: string, user: Pick<User, 'email'>): Promise<Client> {
  return client(baseUrl, await login(baseUrl, user))
}

export type PageResult = { status: number; html: string; headers: Headers }

/** A public page, as a citizen's browser would fetch it. */
export async function fetchPage(
  baseUrl: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<PageResult> {
  const response = await fetch(`${baseUrl}${path}`, { headers, redirect: 'manual' })
  return { status: response.status, html: await response.text(), headers: response.headers }
}

/** The public URL prefix of a site on a machine without DNS. */
export const sitePath = (site: Pick<Site, 'siteCode'>, path = '/'): string => `/sites/${site.siteCode}${path}`

export const articlePath = (site: Pick<Site, 'siteCode'>, article: Pick<Article, 'id'>): string =>
  sitePath(site, `/articles/${article.id}.html`)

export const columnPath = (site: Pick<Site, 'siteCode'>, column: Pick<Column, 'slug'>): string =>
  sitePath(site, `/columns/${column.slug}/`)

/** Every error message in a Payload REST error body, including field-level validation messages. */
export function errorMessages(body: any): string[] {
  const messages: string[] = []
  for (const error of body?.errors ?? []) {
    if (error?.message) messages.push(String(error.message))
    for (const field of error?.data?.errors ?? []) if (field?.message) messages.push(String(field.message))
  }
  return messages
}

export const titlesOf = (docs: { title?: string }[] | undefined): string[] => (docs ?? []).map((d) => d.title ?? '')

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const dayMs = 24 * 60 * 60 * 1000

/**
 * Puts a site through its closure: a notice announced 40 days ago that ran out yesterday, naming
 * `successor`; with `close`, the site is then marked closed (as the closeSitesPastNotice job would).
 */
export async function closeSite(
  payload: Payload,
  site: Site,
  successor: Site,
  options: { close?: boolean } = {},
): Promise<Site> {
  let updated = await payload.update({
    collection: 'sites',
    id: site.id,
    overrideAccess: true,
    data: {
      status: 'closing',
      closureNotice: {
        announcedAt: new Date(Date.now() - 40 * dayMs).toISOString(),
        closesAt: new Date(Date.now() - dayMs).toISOString(),
        successorSite: successor.id,
      },
    },
  })
  if (options.close !== false) {
    updated = await payload.update({
      collection: 'sites',
      id: site.id,
      overrideAccess: true,
      data: { status: 'closed' },
    })
  }
  return updated
}

/** A small real PNG image, drawn by sharp. */
export async function pngImage(width = 64, height = 48): Promise<Buffer> {
  const { default: sharp } = await import('sharp')
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .png()
    .toBuffer()
}

/** A small, well-formed one-page PDF. */
export function pdfDocument(text = 'zhanqun test'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    (() => {
      const stream = `BT /F1 12 Tf 20 50 Td (${text}) Tj ET`
      return `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`
    })(),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out))
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(out)
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

/** Loads a file into a Local API `file` argument. */
export const localFile = (data: Buffer, name: string, mimetype: string) => ({
  data,
  name,
  mimetype,
  size: data.byteLength,
})

// ---------------------------------------------------------------------------------------------
// Office documents: a tiny ZIP writer (stored entries) is enough for a real, minimal DOCX or XLSX.
// ---------------------------------------------------------------------------------------------

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(data: Buffer): number {
  let crc = 0xffffffff
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

/** A ZIP archive of uncompressed entries, in the given order. */
function zipArchive(entries: { name: string; content: string | Buffer }[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const data = Buffer.isBuffer(entry.content) ? entry.content : Buffer.from(entry.content, 'utf8')
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0, 6)
    local.writeUInt16LE(0, 8)
    local.writeUInt16LE(0, 10)
    local.writeUInt16LE(0x21, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0, 8)
    central.writeUInt16LE(0, 10)
    central.writeUInt16LE(0, 12)
    central.writeUInt16LE(0x21, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, data)
    centrals.push(central, name)
    offset += local.length + name.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
const relsPart = (target: string) =>
  `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`

/** A minimal Word document (one paragraph) that Word and LibreOffice open. */
export function docxDocument(text = '测试文档'): Buffer {
  return zipArchive([
    {
      name: '[Content_Types].xml',
      content: `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    },
    { name: '_rels/.rels', content: relsPart('word/document.xml') },
    {
      name: 'word/document.xml',
      content: `${xmlHead}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
    },
  ])
}

/** A minimal Excel workbook (one sheet, one cell). */
export function xlsxDocument(value = 42): Buffer {
  return zipArchive([
    {
      name: '[Content_Types].xml',
      content: `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    },
    { name: '_rels/.rels', content: relsPart('xl/workbook.xml') },
    {
      name: 'xl/workbook.xml',
      content: `${xmlHead}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      content: `${xmlHead}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>${value}</v></c></row></sheetData></worksheet>`,
    },
  ])
}
