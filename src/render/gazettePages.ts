import type { Payload } from 'payload'
import type { File, GazetteArticle, GazetteIssue } from '../../payload-types'
import { gazetteTag } from '../gazette/invalidation'
import { gazetteCategories, gazetteCategoryLabel, gazetteValidityLabel } from '../gazette/labels'
import { publicColumns } from './content'
import { chinaDate, chinaLongDate } from './dates'
import { themeEngine } from './engine'
import { pageTags } from './invalidation'
import { documentReader, navItems, type PageRequest, type RenderedPage } from './pages'
import { siteView, type SiteView } from './siteView'
import { chinaYear } from '../calendar/chinaTime'
import { Validity, Workflow } from '../states'

/**
 * Public pages of the 政府公报 (gazette): /gazette (years), /gazette/<year>/ (issues),
 * /gazette/<year>/<issueNumber>/ (table of contents) and /gazette/articles/<id>.html.
 * Every read runs with the anonymous visitor's access: draft issues and their articles are not found.
 */
const asVisitor = { overrideAccess: false, user: null } as const
const html = 'text/html; charset=utf-8'
const idPattern = /^\d+$|^[a-f0-9]{24}$/

const gazetteUrls = {
  home: (view: SiteView) => `${view.basePath}/gazette`,
  year: (view: SiteView, year: number) => `${view.basePath}/gazette/${year}/`,
  issue: (view: SiteView, issue: Pick<GazetteIssue, 'year' | 'issueNumber'>) => `${view.basePath}/gazette/${issue.year}/${issue.issueNumber}/`,
  article: (view: SiteView, id: number | string) => `${view.basePath}/gazette/articles/${id}.html`,
}

const object = <T>(value: unknown): T | null => (value && typeof value === 'object' ? (value as T) : null)

const humanSize = (bytes: number | null | undefined): string => {
  if (!bytes) return ''
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`
}
const pdfView = (value: unknown) => {
  const file = object<File>(value)
  return file?.url ? { title: file.title, url: file.url, size: humanSize(file.filesize) } : null
}

/** Paragraphs of the plain-text body, escaped by the template. */
const paragraphs = (text: string | null | undefined): string[] =>
  (text ?? '')
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)

const issueLabel = (issue: Pick<GazetteIssue, 'year' | 'issueNumber' | 'totalNumber'>) => `${issue.year}年第${issue.issueNumber}期（总第${issue.totalNumber}期）`

async function chrome(request: PageRequest) {
  const view = siteView(request.site, request.viaPrefix, request.successor)
  const columns = await publicColumns(request.payload, request.site.id)
  return { view, nav: navItems(view, columns, undefined, false), year: chinaYear() }
}

async function publishedIssues(payload: Payload, siteId: number | string, year?: number): Promise<GazetteIssue[]> {
  const { docs } = await payload.find({
    collection: 'gazette-issues',
    where: { and: [{ site: { equals: siteId } }, { status: { equals: Workflow.published } }, ...(year ? [{ year: { equals: year } }] : [])] },
    sort: '-totalNumber',
    depth: 0,
    pagination: false,
    limit: 0,
    ...asVisitor,
  })
  return docs
}

const tagsFor = (siteId: number | string) => [pageTags.site(siteId), gazetteTag(siteId)]

async function page(request: PageRequest, template: string, data: Record<string, unknown>, extraTags: string[] = []): Promise<RenderedPage> {
  const body = await themeEngine(request.site.theme ?? 'default').renderFile(template, data)
  return { status: 200, html: body, contentType: html, tags: [...tagsFor(request.site.id), ...extraTags] }
}

export async function renderGazetteYears(request: PageRequest): Promise<RenderedPage> {
  const { view, nav, year } = await chrome(request)
  const issues = await publishedIssues(request.payload, request.site.id)
  const counts = new Map<number, number>()
  for (const issue of issues) counts.set(issue.year, (counts.get(issue.year) ?? 0) + 1)
  const years = [...counts.entries()].sort((a, b) => b[0] - a[0]).map(([y, count]) => ({ year: y, count, url: gazetteUrls.year(view, y) }))
  const latest = issues[0]
  return page(request, 'gazette-years', {
    site: view,
    nav,
    year,
    page: { title: `政府公报 - ${view.name}` },
    years,
    latest: latest ? { label: issueLabel(latest), url: gazetteUrls.issue(view, latest), date: chinaDate(latest.publishedAt) } : null,
  })
}

export async function renderGazetteYear(request: PageRequest, yearText: string): Promise<RenderedPage | null> {
  const gazetteYear = Number(yearText)
  if (!Number.isInteger(gazetteYear)) return null
  const issues = await publishedIssues(request.payload, request.site.id, gazetteYear)
  if (!issues.length) return null
  const { view, nav, year } = await chrome(request)
  return page(request, 'gazette-year', {
    site: view,
    nav,
    year,
    page: { title: `${gazetteYear}年政府公报 - ${view.name}` },
    gazette: { year: gazetteYear, homeUrl: gazetteUrls.home(view) },
    issues: [...issues]
      .sort((a, b) => a.issueNumber - b.issueNumber)
      .map((i) => ({ issueNumber: i.issueNumber, totalNumber: i.totalNumber, date: chinaDate(i.publishedAt), longDate: chinaLongDate(i.publishedAt), url: gazetteUrls.issue(view, i) })),
  })
}

export async function renderGazetteIssue(request: PageRequest, yearText: string, numberText: string): Promise<RenderedPage | null> {
  const { payload, site } = request
  const { docs } = await payload.find({
    collection: 'gazette-issues',
    where: { and: [{ site: { equals: site.id } }, { status: { equals: Workflow.published } }, { year: { equals: Number(yearText) } }, { issueNumber: { equals: Number(numberText) } }] },
    depth: 1,
    limit: 1,
    pagination: false,
    ...asVisitor,
  })
  const issue = docs[0]
  if (!issue) return null
  const articles = await payload.find({
    collection: 'gazette-articles',
    where: { and: [{ site: { equals: site.id } }, { issue: { equals: issue.id } }] },
    sort: 'order',
    depth: 0,
    pagination: false,
    limit: 0,
    ...asVisitor,
  })
  const { view, nav, year } = await chrome(request)
  const groups = gazetteCategories
    .map((c) => ({
      category: c.label.zh,
      articles: articles.docs
        .filter((a) => (a.category ?? 'other') === c.value)
        .map((a) => ({ title: a.title, docNumber: a.docNumber ?? '', pages: a.pages ?? '', url: gazetteUrls.article(view, a.id) })),
    }))
    .filter((g) => g.articles.length)
  return page(
    request,
    'gazette-issue',
    {
      site: view,
      nav,
      year,
      page: { title: `政府公报${issueLabel(issue)} - ${view.name}` },
      gazette: { homeUrl: gazetteUrls.home(view), yearUrl: gazetteUrls.year(view, issue.year) },
      issue: { label: issueLabel(issue), year: issue.year, issueNumber: issue.issueNumber, totalNumber: issue.totalNumber, date: chinaDate(issue.publishedAt), longDate: chinaLongDate(issue.publishedAt), pdf: pdfView(issue.pdf) },
      groups,
    },
    [pageTags.document('gazette-issues', issue.id), ...articles.docs.map((a) => pageTags.document('gazette-articles', a.id))],
  )
}

export async function renderGazetteArticle(request: PageRequest, id: string): Promise<RenderedPage | null> {
  const { payload, site } = request
  if (!idPattern.test(id)) return null
  const { docs } = await payload.find({
    collection: 'gazette-articles',
    where: { and: [{ id: { equals: id } }, { site: { equals: site.id } }] },
    depth: 1,
    limit: 1,
    pagination: false,
    ...documentReader(request),
  })
  const article = docs[0] as GazetteArticle | undefined
  const issue = object<GazetteIssue>(article?.issue)
  // A preview shows an article of an issue still in preparation; the public only those of published issues.
  if (!article || !issue || (issue.status !== Workflow.published && !request.previewUser)) return null
  const { view, nav, year } = await chrome(request)
  return page(
    request,
    'gazette-article',
    {
      site: view,
      nav,
      year,
      page: { title: `${article.title} - ${view.name}`, description: article.docNumber ?? '' },
      gazette: { homeUrl: gazetteUrls.home(view), yearUrl: gazetteUrls.year(view, issue.year) },
      issue: { label: issueLabel(issue), year: issue.year, url: gazetteUrls.issue(view, issue) },
      article: {
        title: article.title,
        docNumber: article.docNumber ?? '',
        agency: article.issuingAgency ?? '',
        category: gazetteCategoryLabel(article.category),
        writtenAt: chinaDate(article.writtenAt),
        pages: article.pages ?? '',
        validity: gazetteValidityLabel(article.validity),
        inForce: (article.validity ?? Validity.inForce) === Validity.inForce,
        paragraphs: paragraphs(article.body),
        pdf: pdfView(article.pdf),
      },
    },
    [pageTags.document('gazette-articles', article.id), pageTags.document('gazette-issues', issue.id)],
  )
}
