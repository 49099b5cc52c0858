import type { Payload } from 'payload'
import { ensureHolidayCalendar } from '../calendar/holidayCalendar'
import { plainTextToLexical } from '../render/richText'
import { minimalPdf } from './pdf'
import { demoSites } from './sites'
import { chinaYear } from '../calendar/chinaTime'

type SeedLog = (message: string) => void
const dayMs = 24 * 60 * 60 * 1000
const daysAgo = (days: number) => new Date(Date.now() - days * dayMs).toISOString()

type CatalogSpec = { code: string; title: string; items: { code: string; title: string; scope: string; basis: string; unit: string; limit?: string }[] }

const basis = '《中华人民共和国政府信息公开条例》第二十条'
const commonCatalog = (unit: string): CatalogSpec[] => [
  {
    code: '01',
    title: '机构职能',
    items: [{ code: '01.01', title: '机构设置与职能', scope: '机构名称、办公地址、办公时间、联系方式、负责人姓名、内设机构职能', basis: `${basis}（一）（十六）项`, unit: `${unit}办公室`, limit: '信息形成或变更之日起 20 个工作日内' }],
  },
  {
    code: '02',
    title: '法规文件',
    items: [
      { code: '02.01', title: '行政规范性文件', scope: '本机关制发的行政规范性文件及其解读', basis: `${basis}（一）项；宁政办发〔2017〕74号`, unit: `${unit}政策法规处`, limit: '印发后 5 个工作日内' },
      { code: '02.02', title: '其他主动公开文件', scope: '本机关制发的其他涉及公众利益的文件', basis, unit: `${unit}办公室` },
    ],
  },
]

/** 主动公开基本目录 of the departments the notice names (宁政办发〔2017〕74号 一(三)), plus their specialist items. */
const departmentCatalogs: Record<string, CatalogSpec[]> = {
  nx: [...commonCatalog('自治区人民政府办公厅'), { code: '03', title: '政府工作', items: [{ code: '03.01', title: '政府工作报告', scope: '年度政府工作报告', basis: `${basis}（二）项`, unit: '自治区人民政府研究室' }] }],
  fzggw: [...commonCatalog('自治区发展改革委'), { code: '03', title: '规划计划', items: [{ code: '03.01', title: '国民经济和社会发展规划', scope: '国民经济和社会发展规划、专项规划、区域规划及相关政策', basis: `${basis}（二）项`, unit: '发展规划处' }, { code: '03.02', title: '政府定价', scope: '政府定价目录、价格调整方案和听证情况', basis: '《中华人民共和国价格法》', unit: '价格管理处' }] }],
  jyt: [...commonCatalog('自治区教育厅'), { code: '03', title: '教育事业', items: [{ code: '03.01', title: '义务教育', scope: '义务教育招生入学政策、学区划分、学生资助政策', basis: `${basis}（十一）项`, unit: '基础教育处' }] }],
  gat: [...commonCatalog('自治区公安厅'), { code: '03', title: '公安政务', items: [{ code: '03.01', title: '户籍与出入境办事指南', scope: '户籍、居住证、出入境证件办理条件、材料和流程', basis: `${basis}（八）项`, unit: '治安管理总队' }] }],
  mzt: [...commonCatalog('自治区民政厅'), { code: '03', title: '社会救助', items: [{ code: '03.01', title: '最低生活保障', scope: '城乡低保标准、申请条件、审核审批程序', basis: '《社会救助暂行办法》', unit: '社会救助处' }] }],
  czt: [...commonCatalog('自治区财政厅'), { code: '03', title: '财政资金', items: [{ code: '03.01', title: '预决算', scope: '政府预算、决算和部门预算、决算及“三公”经费', basis: `${basis}（四）项；《中华人民共和国预算法》`, unit: '预算处' }] }],
}

type DocSpec = {
  key: string
  title: string
  docNumber: string
  agencies: { name: string; lead?: boolean }[]
  subject: string
  attribute: 'public' | 'on-application' | 'not-public' | 'after-declassification'
  reason?: string
  writtenDaysAgo: number
  publishedDaysAgo?: number
  status?: 'published' | 'submitted'
  catalog?: string
  body: string
  interpretationRequired?: boolean
}

const nxDocuments: DocSpec[] = [
  {
    key: 'open-plan',
    title: '宁夏回族自治区人民政府办公厅关于进一步做好政策解读工作的通知',
    docNumber: '宁政办发〔2026〕21号',
    agencies: [{ name: '宁夏回族自治区人民政府办公厅', lead: true }],
    subject: 'general',
    attribute: 'public',
    writtenDaysAgo: 12,
    publishedDaysAgo: 9,
    catalog: '02.01',
    interpretationRequired: true,
    body: '各市、县（区）人民政府，自治区政府各部门、各直属机构：\n为贯彻落实宁政办发〔2017〕74号文件精神，坚持“谁起草、谁解读”原则，现就进一步做好政策解读工作通知如下。\n一、政策性文件与解读方案、解读材料同步组织、同步审签、同步部署。\n二、文件起草部门主要负责人是“第一解读人和责任人”，1年内解读重要政策不少于2次。\n三、更多运用图片图解、音频视频等可视化方式，增强解读效果。\n宁夏回族自治区人民政府办公厅',
  },
  {
    key: 'joint',
    title: '自治区发展改革委 自治区财政厅关于规范涉企收费的实施意见',
    docNumber: '宁发改价格〔2026〕5号',
    agencies: [{ name: '宁夏回族自治区发展和改革委员会', lead: true }, { name: '宁夏回族自治区财政厅' }],
    subject: 'finance',
    attribute: 'public',
    writtenDaysAgo: 30,
    publishedDaysAgo: 20,
    catalog: '02.01',
    body: '为减轻企业负担，优化营商环境，现就规范涉企收费提出如下实施意见。\n一、全面落实收费目录清单制度，清单之外一律不得收费。\n二、严禁将政府职能转移至中介机构收费。\n三、畅通投诉举报渠道，对违规收费依法查处。',
  },
  {
    key: 'declassified',
    title: '关于印发全区重点项目建设推进方案的通知',
    docNumber: '宁政办发〔2026〕18号',
    agencies: [{ name: '宁夏回族自治区人民政府办公厅', lead: true }],
    subject: 'economy',
    attribute: 'after-declassification',
    reason: '原文附件含尚未公开的项目选址和投资安排，属于工作秘密，脱密处理后公开。',
    writtenDaysAgo: 16,
    publishedDaysAgo: 13,
    catalog: '02.02',
    body: '（原文，含工作秘密，不对外公开。）',
  },
  {
    key: 'on-application',
    title: '关于某企业历史遗留用地问题处理意见的函',
    docNumber: '宁政办函〔2026〕33号',
    agencies: [{ name: '宁夏回族自治区人民政府办公厅', lead: true }],
    subject: 'land-energy',
    attribute: 'on-application',
    reason: '涉及特定企业的商业信息，依《政府信息公开条例》第十五条，经征求第三方意见后依申请公开。',
    writtenDaysAgo: 25,
    publishedDaysAgo: 22,
    body: '（涉及第三方商业信息，依申请公开。）',
  },
  {
    key: 'not-public',
    title: '自治区人民政府办公厅内部值班工作安排',
    docNumber: '宁政办内〔2026〕7号',
    agencies: [{ name: '宁夏回族自治区人民政府办公厅', lead: true }],
    subject: 'general',
    attribute: 'not-public',
    reason: '属于人事管理、后勤管理、内部工作流程等内部事务信息，依《政府信息公开条例》第十六条不予公开。',
    writtenDaysAgo: 8,
    publishedDaysAgo: 7,
    body: '（内部事务信息，不公开。）',
  },
  {
    key: 'overdue',
    title: '关于调整城乡居民最低生活保障标准的通知',
    docNumber: '宁政办发〔2026〕25号',
    agencies: [{ name: '宁夏回族自治区人民政府办公厅', lead: true }, { name: '宁夏回族自治区民政厅' }],
    subject: 'civil-affairs',
    attribute: 'public',
    writtenDaysAgo: 14,
    status: 'submitted',
    catalog: '02.01',
    body: '各市、县（区）人民政府：\n经自治区人民政府同意，现就调整城乡居民最低生活保障标准通知如下。\n一、城市居民最低生活保障标准每人每月提高 30 元。\n二、农村居民最低生活保障标准每人每年提高 300 元。',
  },
]

const departmentDocument = (key: string, unit: string, subject: string): DocSpec => ({
  key: `${key}-rules`,
  title: `${unit}关于进一步规范行政执法公示工作的通知`,
  docNumber: `宁${unit.replace('自治区', '').slice(0, 2)}规发〔2026〕${3 + demoSites.findIndex((s) => s.key === key)}号`,
  agencies: [{ name: `宁夏回族${unit.replace('自治区', '自治区')}`, lead: true }],
  subject,
  attribute: 'public',
  writtenDaysAgo: 6,
  publishedDaysAgo: 4,
  catalog: '02.01',
  body: `各有关单位：\n为推进行政执法公示制度，${unit}决定进一步规范执法信息公示工作。\n一、执法主体、人员、职责、权限、依据、程序、监督方式等信息在本网站集中公示。\n二、行政处罚决定在作出之日起 7 个工作日内公开。`,
})

/**
 * 政务公开 demo: policy documents of every public kind and one of each non-public kind, interpretations in
 * several forms (one by the principal leader), the active-disclosure catalogues of the departments the notice
 * names, and a year's self-check. Runs after the sites, columns and accounts exist.
 */
export async function seedDemoOpenness(payload: Payload, log: SeedLog = () => {}): Promise<void> {
  await ensureHolidayCalendar(payload)
  const siteOf = async (key: string) => {
    const code = demoSites.find((s) => s.key === key)!.siteCode
    return (await payload.find({ collection: 'sites', where: { siteCode: { equals: code } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!.id
  }
  const columnOf = async (site: number | string, slug: string) =>
    (await payload.find({ collection: 'columns', where: { and: [{ site: { equals: site } }, { slug: { equals: slug } }] }, limit: 1, depth: 0, overrideAccess: true })).docs[0]?.id

  let catalogCount = 0
  let documentCount = 0
  const documentsBySite = new Map<string, Map<string, number | string>>()
  for (const [key, spec] of Object.entries(departmentCatalogs)) {
    const site = await siteOf(key)
    const items = new Map<string, number | string>()
    for (const category of spec) {
      const created = await payload.create({ collection: 'disclosure-catalog', overrideAccess: true, data: { site, entryType: 'category', code: category.code, title: category.title } as never })
      catalogCount++
      for (const item of category.items) {
        const row = await payload.create({
          collection: 'disclosure-catalog',
          overrideAccess: true,
          data: { site, entryType: 'item', parent: created.id, code: item.code, title: item.title, contentScope: item.scope, legalBasis: item.basis, responsibleUnit: item.unit, disclosureMethod: '政府网站、政务新媒体', timeLimit: item.limit ?? '信息形成或变更之日起 20 个工作日内' } as never,
        })
        items.set(item.code, row.id)
        catalogCount++
      }
    }
    const unit = demoSites.find((s) => s.key === key)!.name.replace('宁夏回族', '')
    const subject = { nx: 'general', fzggw: 'economy', jyt: 'science-education', gat: 'security-justice', mzt: 'civil-affairs', czt: 'finance' }[key] ?? 'other'
    const specs = key === 'nx' ? nxDocuments : [departmentDocument(key, unit, subject)]
    const policyColumn = await columnOf(site, 'zcwj')
    const ids = new Map<string, number | string>()
    for (const doc of specs) {
      let declassifiedVersion: number | string | undefined
      if (doc.attribute === 'after-declassification') {
        const pdf = minimalPdf('Declassified version')
        declassifiedVersion = (
          await payload.create({ collection: 'files', overrideAccess: true, data: { site, title: `${doc.title}（脱密后版本）` } as never, file: { data: pdf, mimetype: 'application/pdf', name: `declassified-${doc.key}.pdf`, size: pdf.byteLength } })
        ).id
      }
      const released = (doc.status ?? 'published') === 'published' && !doc.interpretationRequired
      const created = await payload.create({
        collection: 'policy-documents',
        overrideAccess: true,
        data: {
          site,
          column: policyColumn,
          catalogItem: doc.catalog ? items.get(doc.catalog) : undefined,
          title: doc.title,
          docNumber: doc.docNumber,
          issuingAgencies: doc.agencies.map((a) => ({ name: a.name, lead: Boolean(a.lead) })),
          writtenAt: daysAgo(doc.writtenDaysAgo),
          publishedAt: doc.publishedDaysAgo !== undefined ? daysAgo(doc.publishedDaysAgo) : undefined,
          subjectCategory: doc.subject,
          affectsPublicRights: true,
          disclosureAttribute: doc.attribute,
          nonDisclosureReason: doc.reason,
          declassifiedVersion,
          declassifiedBody: declassifiedVersion ? plainTextToLexical('一、2026 年全区安排重点项目 120 个，分领域推进。\n二、各市、县（区）落实属地责任，按月报送进展。') : undefined,
          body: plainTextToLexical(doc.body),
          interpretationRequired: Boolean(doc.interpretationRequired),
          workflowStatus: released ? 'published' : 'submitted',
          confidentialityReview: { result: 'passed', comment: '经审查不涉及国家秘密。', reviewedByLabel: '门户网站审核人' },
          ...(doc.attribute !== 'public' ? { opennessReview: { result: 'passed', comment: '理由符合《条例》规定。', reviewedByLabel: '门户政务公开专员' } } : {}),
        } as never,
      })
      ids.set(doc.key, created.id)
      documentCount++
    }
    documentsBySite.set(key, ids)
  }

  // 政策解读 in several forms, approved with the document and published with it in one step.
  const nx = await siteOf('nx')
  const nxDocs = documentsBySite.get('nx')!
  const interpretationColumn = await columnOf(nx, 'zcjd')
  const cover = async () => {
    const sharp = (await import('sharp')).default
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect width="1200" height="800" fill="#fdf6e3"/><rect x="80" y="80" width="1040" height="120" fill="#b3201b"/><rect x="80" y="260" width="320" height="440" fill="#f2b84b"/><rect x="440" y="260" width="320" height="440" fill="#f2b84b"/><rect x="800" y="260" width="320" height="440" fill="#f2b84b"/></svg>`
    const data = await sharp(Buffer.from(svg)).png().toBuffer()
    return payload.create({ collection: 'media', overrideAccess: true, data: { site: nx, alt: '图解：政策解读“三同步”——同步组织、同步审签、同步发布' } as never, file: { data, mimetype: 'image/png', name: 'jiedu-tujie.png', size: data.byteLength } })
  }
  const graphic = await cover()
  const interpretations = [
    { title: '自治区人民政府办公厅主要负责同志解读《关于进一步做好政策解读工作的通知》', form: 'text', interpreter: { name: '王建国', title: '自治区人民政府办公厅主任', isPrincipal: true }, body: '问：为什么要强调“谁起草、谁解读”？\n答：文件起草部门最了解政策的背景依据和目标任务，由起草部门解读最权威、最准确。\n问：主要负责人为什么要带头解读？\n答：主要负责人是“第一解读人和责任人”，带头解读能够传递权威声音。' },
    { title: '一图读懂：政策解读“三同步”', form: 'graphic', interpreter: { name: '政务公开办公室', title: '' }, media: [graphic.id], body: '图解：政策性文件与解读方案、解读材料同步组织、同步审签、同步部署。' },
    { title: '政策问答：政策解读工作十问十答', form: 'qa', interpreter: { name: '李明', title: '政务公开办公室副主任' }, body: '一问：哪些文件需要解读？\n答：贯彻落实党中央、国务院重要文件的实施意见，政府规章和重要政策性文件。\n二问：解读材料何时发布？\n答：文件公布时，解读材料与文件同步在政府网站发布。' },
    { title: '在线访谈：政策解读如何让群众“听得懂、好明白、能理解”', form: 'interview', interpreter: { name: '王建国', title: '自治区人民政府办公厅主任', isPrincipal: true }, externalMediaUrl: 'https://www.nx.gov.cn/', body: '访谈实录：主持人与嘉宾围绕政策解读的形式和效果进行交流。' },
  ]
  for (const spec of interpretations) {
    await payload.create({
      collection: 'interpretations',
      overrideAccess: true,
      data: { site: nx, policyDocument: nxDocs.get('open-plan'), column: interpretationColumn, ...spec, body: plainTextToLexical(spec.body), approvalStatus: 'approved', approvedByLabel: '门户网站审核人' } as never,
    })
  }
  await payload.update({ collection: 'policy-documents', id: nxDocs.get('open-plan')!, overrideAccess: true, data: { workflowStatus: 'published', publishedAt: daysAgo(9) } as never, context: { system: true } })
  // The joint document's own text interpretation, by an expert.
  const joint = await payload.create({
    collection: 'interpretations',
    overrideAccess: true,
    data: { site: nx, policyDocument: nxDocs.get('joint'), column: interpretationColumn, title: '专家解读：规范涉企收费 优化营商环境', form: 'expert', interpreter: { name: '张华', title: '宁夏大学经济管理学院教授' }, body: plainTextToLexical('收费目录清单制度让企业对收费项目“一目了然”，从源头上遏制乱收费。'), approvalStatus: 'approved' } as never,
  })
  await payload.update({ collection: 'interpretations', id: joint.id, overrideAccess: true, data: { workflowStatus: 'published' } as never, context: { system: true } })

  // The year's self-check on the portal: every document not made public is listed for the openness officer.
  await payload.create({ collection: 'self-checks', overrideAccess: true, data: { site: nx, year: chinaYear() } as never })
  log(`政务公开：政策文件 ${documentCount} 件，解读 ${interpretations.length + 1} 篇，主动公开目录 ${catalogCount} 条，年度自查 1 项`)
}
