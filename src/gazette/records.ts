import fs from 'node:fs/promises'
import path from 'node:path'
import { gazetteCategories, gazetteValidity } from './labels'
import { isCalendarDay, startOfChinaDay } from '../calendar/chinaTime'
import { Workflow } from '../states'

/** The records of a gazette archive (docs/gazette-import.md): reading the JSON lines and checking each record. */
export type Rejection = { file: string; line: number; reason: string }

export type Line = { file: string; line: number; value: Record<string, unknown> }
export type IssueRecord = { year: number; issueNumber: number; totalNumber: number; publishedAt: string; status: typeof Workflow.published | typeof Workflow.draft; pdf?: string }
export type ArticleRecord = {
  year: number
  issueNumber: number
  title: string
  docNumber?: string
  issuingAgency?: string
  category: string
  writtenAt?: string
  pages?: string
  body?: string
  pdf?: string
  validity: string
  order: number
}

const isDate = isCalendarDay
export const toIso = (day: string) => startOfChinaDay(day).toISOString()
const positiveInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0
const optionalText = (v: unknown): v is string | undefined => v === undefined || v === null || typeof v === 'string'
export const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined)

export async function readJsonLines(folder: string, file: string, rejections: Rejection[]): Promise<Line[]> {
  let content: string
  try {
    content = await fs.readFile(path.join(folder, file), 'utf8')
  } catch {
    rejections.push({ file, line: 0, reason: `找不到文件 ${file}` })
    return []
  }
  const lines: Line[] = []
  content.split(/\r?\n/).forEach((raw, index) => {
    if (!raw.trim()) return
    try {
      const value = JSON.parse(raw) as unknown
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('不是 JSON 对象')
      lines.push({ file, line: index + 1, value: value as Record<string, unknown> })
    } catch (error) {
      rejections.push({ file, line: index + 1, reason: `JSON 格式错误：${(error as Error).message}` })
    }
  })
  return lines
}

/** A PDF path inside the archive folder, or a reason why not. */
export async function checkPdf(folder: string, value: unknown): Promise<string | null> {
  if (value === undefined || value === null || value === '') return null
  if (typeof value !== 'string') return 'pdf 必须是相对路径字符串'
  const resolved = path.resolve(folder, value)
  if (path.isAbsolute(value) || !resolved.startsWith(path.resolve(folder) + path.sep)) return `pdf 路径必须位于导入目录内：${value}`
  if (!value.toLowerCase().endsWith('.pdf')) return `pdf 文件扩展名必须为 .pdf：${value}`
  try {
    await fs.access(resolved)
  } catch {
    return `找不到 PDF 文件：${value}`
  }
  return null
}

export async function validateIssue(folder: string, v: Record<string, unknown>): Promise<string[]> {
  const errors: string[] = []
  if (!positiveInt(v.year) || v.year < 1949 || v.year > 2100) errors.push('year（年份）必须是 1949–2100 之间的整数')
  if (!positiveInt(v.issueNumber)) errors.push('issueNumber（期号）必须是正整数')
  if (!positiveInt(v.totalNumber)) errors.push('totalNumber（总号）必须是正整数')
  if (!isDate(v.publishedAt)) errors.push('publishedAt（出版日期）必须是 YYYY-MM-DD 格式的日期')
  if (v.status !== undefined && v.status !== Workflow.published && v.status !== Workflow.draft) errors.push('status 只能是 published 或 draft')
  const pdf = await checkPdf(folder, v.pdf)
  if (pdf) errors.push(pdf)
  return errors
}

export async function validateArticle(folder: string, v: Record<string, unknown>): Promise<string[]> {
  const errors: string[] = []
  if (!positiveInt(v.year)) errors.push('year（所属期刊年份）必须是正整数')
  if (!positiveInt(v.issueNumber)) errors.push('issueNumber（所属期刊期号）必须是正整数')
  if (!text(v.title)) errors.push('title（标题）不能为空')
  for (const key of ['docNumber', 'issuingAgency', 'pages', 'body'] as const) if (!optionalText(v[key])) errors.push(`${key} 必须是字符串`)
  if (v.category !== undefined && !gazetteCategories.some((c) => c.value === v.category)) errors.push(`category（类别）无效：${String(v.category)}，可选 ${gazetteCategories.map((c) => c.value).join(' / ')}`)
  if (v.validity !== undefined && !gazetteValidity.some((c) => c.value === v.validity)) errors.push(`validity（有效性）无效：${String(v.validity)}，可选 ${gazetteValidity.map((c) => c.value).join(' / ')}`)
  if (v.writtenAt !== undefined && v.writtenAt !== null && !isDate(v.writtenAt)) errors.push('writtenAt（成文日期）必须是 YYYY-MM-DD 格式的日期')
  if (v.pages !== undefined && v.pages !== null && typeof v.pages === 'string' && !/^\d+(-\d+)?$/.test(v.pages)) errors.push(`pages（页码）格式应为 3 或 3-5：${v.pages}`)
  if (v.order !== undefined && !(typeof v.order === 'number' && Number.isInteger(v.order))) errors.push('order（期内顺序）必须是整数')
  const pdf = await checkPdf(folder, v.pdf)
  if (pdf) errors.push(pdf)
  return errors
}

