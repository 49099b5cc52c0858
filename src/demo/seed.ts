import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import type { Payload } from 'payload'
import { plainTextToLexical } from '../render/richText'
import { minimalPdf } from './pdf'
import { demoAccounts, demoPassword } from './accounts'
import { demoArticlesFor } from './articles'
import { demoColumns } from './columns'
import { closingDemoSite, demoSites, type DemoSite } from './sites'
import { seedDemoReposts } from './reposts'
import { seedDemoOpenness } from './openness'
import { seedDemoGazette } from './gazette'
import { seedDemoMonitoring } from './monitoring'
import { seedDemoMailbox } from './mailbox'
import { seedDemoOpenDays } from './openDays'
import { seedDemoConsultations } from './consultations'
import { projectRoot } from '../projectRoot'
import { addCalendarDays, chinaDay, chinaInstant } from '../calendar/chinaTime'
import { SiteLifecycle, Workflow } from '../states'

const contentDir = path.join(projectRoot, 'src', 'demo', 'content')
const dayMs = 24 * 60 * 60 * 1000
/** `hour` o'clock Beijing time `days` China days ago; never in the future, so a seed at 08:30 still shows today's 09:00 news as already out. */
const daysAgo = (days: number, hour = 9): string => {
  const moment = chinaInstant(addCalendarDays(chinaDay(), -days), hour).getTime()
  return new Date(Math.min(moment, Date.now() - 60_000)).toISOString()
}

type SeedLog = (message: string) => void

async function createSite(payload: Payload, demo: DemoSite, ids: Map<string, number | string>, extra: Record<string, unknown> = {}) {
  const site = await payload.create({
    collection: 'sites',
    data: {
      name: demo.name,
      siteCode: demo.siteCode,
      domains: demo.domains.map((domain) => ({ domain })),
      level: demo.level,
      parent: demo.parentKey ? ids.get(demo.parentKey) : undefined,
      status: SiteLifecycle.live,
      sponsor: demo.sponsor,
      contact: { phone: demo.phone, address: demo.address, email: `webmaster@${demo.domains[0]}` },
      filings: { icpNumber: demo.icpNumber, publicSecurityNumber: demo.publicSecurityNumber, partyGovLabelCode: demo.partyGovLabelCode },
      description: `${demo.name}门户网站，发布政务信息，提供政策解读、办事服务和互动交流。`,
      ...extra,
    } as never,
  })
  ids.set(demo.key, site.id)
  return site
}

/** A small cover image drawn here, so the demo needs no downloaded assets. */
async function demoCover(payload: Payload, siteId: number | string) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#b3201b"/><stop offset="1" stop-color="#f2b84b"/></linearGradient></defs><rect width="1600" height="900" fill="url(#g)"/><circle cx="1250" cy="250" r="140" fill="#ffd24a" opacity="0.85"/><rect x="0" y="700" width="1600" height="200" fill="#7a1410" opacity="0.5"/></svg>`
  const data = await sharp(Buffer.from(svg)).png().toBuffer()
  return payload.create({
    collection: 'media',
    data: { site: siteId, alt: '政务公开工作推进会会场（示意图）' } as never,
    file: { data, mimetype: 'image/png', name: 'zwgk-meeting.png', size: data.byteLength },
  })
}

/**
 * Loads the demo cluster into an empty database: 13 live sites plus one in its closure notice,
 * the standard columns, realistic articles (the source notice 宁政办发〔2017〕74号 among them),
 * and one account per role. Does nothing when sites already exist.
 */
export async function seedDemo(payload: Payload, log: SeedLog = () => {}): Promise<boolean> {
  if ((await payload.count({ collection: 'sites', overrideAccess: true })).totalDocs > 0) {
    log('已有网站数据，跳过演示数据。')
    return false
  }
  const siteIds = new Map<string, number | string>()
  for (const demo of demoSites) await createSite(payload, demo, siteIds)
  await createSite(payload, closingDemoSite, siteIds, {
    status: SiteLifecycle.closing,
    closureNotice: {
      announcedAt: daysAgo(5),
      closesAt: new Date(Date.now() + 28 * dayMs).toISOString(),
      successorSite: siteIds.get('nx'),
      text: '根据全区政府网站集约化建设要求，本网站内容已整合至自治区人民政府门户网站。',
    },
  })
  log(`网站：${siteIds.size} 个`)

  const columnIds = new Map<string, number | string>()
  for (const [siteKey, siteId] of siteIds) {
    for (const column of demoColumns) {
      const created = await payload.create({
        collection: 'columns',
        data: {
          site: siteId,
          title: column.title,
          slug: column.slug,
          kind: column.kind,
          order: column.order,
          parent: column.parent ? columnIds.get(`${siteKey}/${column.parent}`) : undefined,
          emptyReason: column.emptyReason,
          description: column.description,
          showOnHome: column.showOnHome ?? true,
        } as never,
      })
      columnIds.set(`${siteKey}/${column.slug}`, created.id)
    }
  }
  log(`栏目：${columnIds.size} 个`)

  for (const account of demoAccounts) {
    await payload.create({
      collection: 'users',
      data: {
        email: account.email,
        password: demoPassword,
        name: account.name,
        roles: account.roles ?? [],
        siteMemberships: (account.memberships ?? []).map((m) => ({ site: siteIds.get(m.siteKey), roles: m.roles })),
      } as never,
    })
  }
  log(`账号：${demoAccounts.length} 个`)

  const nxId = siteIds.get('nx')!
  const notice = fs.readFileSync(path.join(contentDir, 'ningzhengbanfa-2017-74.txt'), 'utf8')
  const [noticeTitle] = notice.split('\n')
  const pdf = minimalPdf('Ningxia government openness implementation plan 2017-74')
  const attachment = await payload.create({
    collection: 'files',
    data: { site: nxId, title: '宁夏回族自治区全面推进政务公开若干重点工作实施方案（PDF）' } as never,
    file: { data: pdf, mimetype: 'application/pdf', name: 'ningzhengbanfa-2017-74.pdf', size: pdf.byteLength },
  })
  const cover = await demoCover(payload, nxId)
  await payload.create({
    collection: 'articles',
    data: {
      site: nxId,
      title: noticeTitle!.trim(),
      columns: [columnIds.get('nx/zcwj'), columnIds.get('nx/tzgg')],
      summary: '宁政办发〔2017〕74号：全面推进决策、执行、管理、服务、结果公开，加强政策解读、回应关切、平台建设和公众参与。',
      body: plainTextToLexical(notice.split('\n').slice(1).join('\n')),
      source: '宁夏回族自治区人民政府办公厅',
      author: '自治区人民政府办公厅',
      important: true,
      workflowStatus: Workflow.published,
      publishedAt: daysAgo(2),
      disclosureAttribute: 'public',
      attachments: [attachment.id],
    } as never,
  })

  let articleCount = 1
  for (const demo of [...demoSites, closingDemoSite]) {
    const siteId = siteIds.get(demo.key)!
    for (const article of demoArticlesFor(demo)) {
      const status = article.status ?? Workflow.published
      const created = await payload.create({
        collection: 'articles',
        data: {
          site: siteId,
          title: article.title,
          columns: [columnIds.get(`${demo.key}/${article.column}`)],
          summary: article.summary,
          body: plainTextToLexical(article.body),
          source: article.source,
          important: article.important ?? false,
          workflowStatus: status === Workflow.withdrawn ? Workflow.published : status,
          publishedAt: status === Workflow.draft || status === Workflow.submitted ? undefined : daysAgo(article.daysAgo),
          disclosureAttribute: article.disclosureAttribute ?? 'public',
          nonDisclosureReason: article.nonDisclosureReason,
          coverImage: demo.key === 'nx' && article.daysAgo === 1 ? cover.id : undefined,
        } as never,
      })
      if (status === Workflow.withdrawn) {
        await payload.update({ collection: 'articles', id: created.id, data: { workflowStatus: Workflow.withdrawn } as never })
      }
      articleCount++
    }
    log(`信息：${demo.name} 完成（累计 ${articleCount} 条）`)
  }
  log(`信息：共 ${articleCount} 条`)
  await seedDemoReposts(payload, log)
  await seedDemoOpenness(payload, log)
  await seedDemoGazette(payload, log)
  await seedDemoMonitoring(payload, log)
  await seedDemoMailbox(payload, log)
  await seedDemoOpenDays(payload, log)
  await seedDemoConsultations(payload, log)
  return true
}
