import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload, Where } from 'payload'
import type { GazetteArticle, GazetteIssue } from '../../payload-types'
import { idOf } from '../ids'
import { chinaDate } from '../render/dates'
import { Validity, Workflow } from '../states'
import { queueSearchSyncBatch, searchSyncBatchSize } from '../searchSync/triggers'
import { gazetteArticleStore, type NewGazetteArticle } from './articleBatch'
import { type ArticleRecord, type IssueRecord, type Rejection, readJsonLines, text, toIso, validateArticle, validateIssue } from './records'

export type { Rejection } from './records'

/**
 * Bulk import of a gazette archive (docs/gazette-import.md): `issues.jsonl` and `articles.jsonl` plus PDFs.
 * Every record is validated on its own; a bad one is reported with file:line and the rest go on.
 * Records are upserted by natural key (site + year + issueNumber; issue + docNumber, or issue + title),
 * so a re-run changes nothing and an interrupted run is finished by running it again.
 */
export const defaultGazetteSiteCode = '6400000001'

export type Outcome = 'created' | 'updated' | 'unchanged' | 'rejected'
/** `searchJobs`: the index sync jobs the import queued (waitForSearchSync tells when they have run). */
export type GazetteImportReport = Record<Outcome, number> & { total: number; rejections: Rejection[]; interrupted: boolean; searchJobs: (number | string)[] }
export type GazetteImportOptions = {
  folder: string
  siteCode?: string
  /** Called after each record, with records done and the total. */
  onProgress?: (done: number, total: number) => void
  /** Stops between records when aborted; a re-run finishes the job. */
  signal?: AbortSignal
}

const describeError = (error: unknown): string => {
  const data = (error as { data?: { errors?: { message?: string }[] } }).data
  const messages = data?.errors?.map((e) => e.message).filter(Boolean)
  return messages?.length ? messages.join('；') : (error as Error).message
}

export async function importGazette(payload: Payload, options: GazetteImportOptions): Promise<GazetteImportReport> {
  const folder = path.resolve(options.folder)
  const siteCode = options.siteCode ?? defaultGazetteSiteCode
  const report: GazetteImportReport = { total: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, rejections: [], interrupted: false, searchJobs: [] }
  const reject = (file: string, line: number, reason: string) => {
    report.rejected++
    report.rejections.push({ file, line, reason })
  }
  const sites = await payload.find({ collection: 'sites', where: { siteCode: { equals: siteCode } }, limit: 1, depth: 0, overrideAccess: true })
  const site = sites.docs[0]
  if (!site) throw new Error(`找不到网站标识码为 ${siteCode} 的网站`)

  const parseErrors: Rejection[] = []
  const issueLines = await readJsonLines(folder, 'issues.jsonl', parseErrors)
  const articleLines = await readJsonLines(folder, 'articles.jsonl', parseErrors)
  report.total = issueLines.length + articleLines.length + parseErrors.length
  for (const r of parseErrors) reject(r.file, r.line, r.reason)
  let done = parseErrors.length
  const progress = () => options.onProgress?.(++done, report.total)
  options.onProgress?.(done, report.total)

  /** The site's PDF for a path: reused when the same file (title and size) is already uploaded. */
  async function pdfId(relative: string | undefined, title: string): Promise<number | null> {
    if (!relative) return null
    const data = await fs.readFile(path.join(folder, relative))
    const existing = await payload.find({
      collection: 'files',
      where: { and: [{ site: { equals: site!.id } }, { title: { equals: title } }, { filesize: { equals: data.byteLength } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (existing.docs[0]) return existing.docs[0].id as number
    const created = await payload.create({
      collection: 'files',
      data: { site: site!.id, title },
      file: { data, name: path.basename(relative), mimetype: 'application/pdf', size: data.byteLength },
      overrideAccess: true,
    })
    return created.id as number
  }

  // Articles are indexed as the import goes, one batch job per searchSyncBatchSize articles rather than one
  // job each: the server's worker then makes 20,000 articles searchable in minutes, not hours.
  const batched = { searchSyncBatched: true }
  let unindexed: (number | string)[] = []
  const flushIndex = async () => {
    const ids = unindexed
    unindexed = []
    // SQLite refuses a write whose transaction read before the server's job worker committed (SQLITE_BUSY_SNAPSHOT);
    // waiting for the lock does not help, trying again does.
    for (let attempt = 1; ; attempt++) {
      try {
        report.searchJobs.push(...(await queueSearchSyncBatch(payload, 'gazette-articles', ids)))
        return
      } catch (error) {
        if (attempt >= 10 || !/SQLITE_BUSY/.test(String((error as { code?: string }).code ?? (error as Error).message))) throw error
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt))
      }
    }
  }
  const toIndex = async (id: number | string) => {
    unindexed.push(id)
    if (unindexed.length >= searchSyncBatchSize) await flushIndex()
  }

  const issueKeys = new Map<string, number>()
  const issueIds = new Map<string, number>()
  for (const { file, line, value } of issueLines) {
    if (options.signal?.aborted) break
    try {
      const errors = await validateIssue(folder, value)
      const key = `${value.year}/${value.issueNumber}`
      if (!errors.length && issueKeys.has(key)) errors.push(`与第 ${issueKeys.get(key)} 行重复（${value.year}年第${value.issueNumber}期）`)
      if (errors.length) {
        reject(file, line, errors.join('；'))
        continue
      }
      issueKeys.set(key, line)
      const r = value as unknown as IssueRecord
      const where: Where = { and: [{ site: { equals: site.id } }, { year: { equals: r.year } }, { issueNumber: { equals: r.issueNumber } }] }
      const found = (await payload.find({ collection: 'gazette-issues', where, limit: 1, depth: 1, overrideAccess: true })).docs[0] as GazetteIssue | undefined
      const pdfTitle = `政府公报${r.year}年第${r.issueNumber}期（总第${r.totalNumber}期）`
      const pdf = await pdfId(r.pdf, pdfTitle)
      const data = { site: site.id, year: r.year, issueNumber: r.issueNumber, totalNumber: r.totalNumber, publishedAt: toIso(r.publishedAt), status: r.status ?? Workflow.published, pdf }
      if (!found) {
        const created = await payload.create({ collection: 'gazette-issues', data, overrideAccess: true })
        issueIds.set(key, created.id)
        report.created++
      } else {
        issueIds.set(key, found.id)
        const same =
          found.totalNumber === data.totalNumber && chinaDate(found.publishedAt) === r.publishedAt && found.status === data.status && String(idOf(found.pdf) ?? '') === String(pdf ?? '')
        if (same) report.unchanged++
        else {
          await payload.update({ collection: 'gazette-issues', id: found.id, data, overrideAccess: true })
          report.updated++
        }
      }
    } catch (error) {
      reject(file, line, describeError(error))
    } finally {
      progress()
    }
  }

  const store = gazetteArticleStore(payload)
  type Pending = { file: string; line: number; data: NewGazetteArticle }
  let pending: Pending[] = []
  const saveOne = async (data: NewGazetteArticle) => {
    const created = await payload.create({ collection: 'gazette-articles', data, overrideAccess: true, context: batched })
    await toIndex(created.id)
  }
  /** Writes the waiting new articles in one statement; if that fails, one by one, so a bad row is reported by its line. */
  const flushNew = async () => {
    const batch = pending
    pending = []
    let ids: number[]
    try {
      ids = await store.insert(batch.map((p) => p.data))
    } catch (error) {
      payload.logger.warn({ err: error, msg: `gazette import: a batch of ${batch.length} new articles failed as one statement; saving them one by one` })
      for (const { file, line, data } of batch) {
        try {
          await saveOne(data)
          report.created++
        } catch (error) {
          reject(file, line, describeError(error))
        }
      }
      return
    }
    // Queued outside the insert's try: a failed queue must not save the inserted articles a second time.
    report.created += batch.length
    for (const id of ids) await toIndex(id)
  }

  const articleKeys = new Map<string, number>()
  for (const { file, line, value } of articleLines) {
    if (options.signal?.aborted) break
    try {
      const errors = await validateArticle(folder, value)
      const issueKey = `${value.year}/${value.issueNumber}`
      let issueId = issueIds.get(issueKey)
      if (!errors.length && issueId === undefined) {
        const inDatabase = await payload.find({
          collection: 'gazette-issues',
          where: { and: [{ site: { equals: site.id } }, { year: { equals: value.year } }, { issueNumber: { equals: value.issueNumber } }] },
          limit: 1,
          depth: 0,
          overrideAccess: true,
        })
        issueId = inDatabase.docs[0]?.id as number | undefined
        if (issueId === undefined) errors.push(`所属期刊 ${value.year}年第${value.issueNumber}期 不存在（issues.jsonl 中没有或该行有误）`)
        else issueIds.set(issueKey, issueId)
      }
      const naturalKey = `${issueKey}|${text(value.docNumber) ?? `title:${text(value.title)}`}`
      if (!errors.length && articleKeys.has(naturalKey)) errors.push(`与第 ${articleKeys.get(naturalKey)} 行重复（同一期的文号或标题相同）`)
      if (errors.length) {
        reject(file, line, errors.join('；'))
        continue
      }
      articleKeys.set(naturalKey, line)
      const r = value as unknown as ArticleRecord
      const docNumber = text(r.docNumber)
      const found = await store.find(issueId!, docNumber, text(r.title)!)
      const pdf = await pdfId(r.pdf, `${text(r.title)}${docNumber ? `（${docNumber}）` : ''}`)
      const data: NewGazetteArticle = {
        site: site.id,
        issue: issueId!,
        title: text(r.title)!,
        docNumber: docNumber ?? null,
        issuingAgency: text(r.issuingAgency) ?? null,
        category: (r.category ?? 'other') as GazetteArticle['category'],
        writtenAt: r.writtenAt ? toIso(r.writtenAt) : null,
        pages: text(r.pages) ?? null,
        body: typeof r.body === 'string' ? r.body : null,
        pdf,
        validity: (r.validity ?? Validity.inForce) as GazetteArticle['validity'],
        order: r.order ?? 0,
      }
      if (!found) {
        if (store.canInsert(data)) {
          pending.push({ file, line, data })
          if (pending.length >= searchSyncBatchSize) await flushNew()
        } else {
          await saveOne(data)
          report.created++
        }
      } else {
        const same =
          found.title === data.title &&
          (found.docNumber ?? null) === data.docNumber &&
          (found.issuingAgency ?? null) === data.issuingAgency &&
          found.category === data.category &&
          (chinaDate(found.writtenAt) || null) === (r.writtenAt ?? null) &&
          (found.pages ?? null) === data.pages &&
          (found.body ?? null) === data.body &&
          String(idOf(found.pdf) ?? '') === String(pdf ?? '') &&
          found.validity === data.validity &&
          (found.order ?? 0) === data.order
        if (same) report.unchanged++
        else {
          await payload.update({ collection: 'gazette-articles', id: found.id, data, overrideAccess: true, context: batched })
          await toIndex(found.id)
          report.updated++
        }
      }
    } catch (error) {
      reject(file, line, describeError(error))
    } finally {
      progress()
    }
  }
  await flushNew()
  await flushIndex()
  report.interrupted = Boolean(options.signal?.aborted) && done < report.total
  return report
}
