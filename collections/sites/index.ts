import { urlField } from '../../src/access/safeUrls'
import { channelLabels, channelLabelsEn, messageChannels } from '../../src/participation/messageVocabulary'
import type { Access, CollectionConfig, FieldAccess, PayloadRequest, TextFieldSingleValidation } from 'payload'
import { inLanguage } from '../../src/i18n/bilingual'
import { isPlatformAdmin, readsWholeCluster, siteIdsWithRole } from '../../src/access/roles'
import { publicSiteStatuses } from '../../src/access/siteScoped'
import { auditAfterChange, auditAfterDelete } from '../../src/audit/recordAudit'
import { invalidatePages, pageTags } from '../../src/render/invalidation'
import { enforceSiteLifecycle, siteStatuses } from './lifecycle'
import { DEFAULT_THEME } from '../../src/render/themes'
import { normalizeDomain, validateDomain, validateSiteCode, validateTheme } from './validation'
import { SiteLifecycle } from '../../src/states'

const readSites: Access = ({ req }) => {
  if (readsWholeCluster(req.user)) return true
  const publicSites = { status: { in: [...publicSiteStatuses] } }
  const memberSites = siteIdsWithRole(req.user)
  return memberSites.length ? { or: [publicSites, { id: { in: memberSites } }] } : publicSites
}

const updateSites: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  const adminOf = siteIdsWithRole(req.user, 'site-admin')
  return adminOf.length ? { id: { in: adminOf } } : false
}

/** Identity and lifecycle fields belong to the general office (办公厅), not to the site's own admin. */
const platformAdminOnly: FieldAccess = ({ req }) => isPlatformAdmin(req.user)

const uniqueSiteCode: TextFieldSingleValidation = async (value, { req, id }) => {
  const format = validateSiteCode(value, req.i18n?.language)
  if (format !== true) return format
  const clash = await req.payload.find({
    collection: 'sites',
    where: { and: [{ siteCode: { equals: value } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
    overrideAccess: true,
    limit: 1,
    depth: 0,
    req,
  })
  return clash.docs.length
    ? inLanguage(req, { zh: `网站标识码 ${value} 已被「${clash.docs[0]!.name}」使用。`, en: `The site code ${value} is used by “${clash.docs[0]!.name}”.` })
    : true
}

const uniqueDomain: TextFieldSingleValidation = async (value, { req, id, data }) => {
  const format = validateDomain(value, undefined, req.i18n?.language)
  if (format !== true) return format
  const domain = normalizeDomain(value as string)
  const own = ((data as { domains?: { domain?: string }[] }).domains ?? []).filter(
    (row) => row.domain && normalizeDomain(row.domain) === domain,
  )
  if (own.length > 1) return inLanguage(req, { zh: `域名 ${domain} 在本网站中重复填写。`, en: `The domain ${domain} is listed twice.` })
  const clash = await req.payload.find({
    collection: 'sites',
    where: { and: [{ 'domains.domain': { equals: domain } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
    overrideAccess: true,
    limit: 1,
    depth: 0,
    req,
  })
  return clash.docs.length
    ? inLanguage(req, {
        zh: `域名 ${domain} 已被「${clash.docs[0]!.name}」使用，域名在全平台内必须唯一。`,
        en: `The domain ${domain} is used by “${clash.docs[0]!.name}”; domains are unique across the platform.`,
      })
    : true
}

export const Sites: CollectionConfig = {
  slug: 'sites',
  labels: { singular: { zh: '网站', en: 'Site' }, plural: { zh: '网站', en: 'Sites' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'siteCode', 'level', 'status'],
    group: { zh: '站群管理', en: 'Cluster' },
  },
  access: {
    read: readSites,
    create: ({ req }) => isPlatformAdmin(req.user),
    update: updateSites,
    delete: ({ req }) => isPlatformAdmin(req.user),
  },
  hooks: {
    beforeChange: [enforceSiteLifecycle],
    beforeValidate: [
      ({ data }) => {
        if (data?.domains) {
          data.domains = (data.domains as { domain?: string }[]).map((row) => ({
            ...row,
            domain: typeof row.domain === 'string' ? normalizeDomain(row.domain) : row.domain,
          }))
        }
        return data
      },
    ],
    afterChange: [
      auditAfterChange('sites'),
      ({ doc, req }) => {
        invalidatePages([pageTags.site(doc.id), 'sites'], req)
        return doc
      },
    ],
    afterDelete: [auditAfterDelete('sites'), ({ doc, req }) => invalidatePages([pageTags.site(doc.id), 'sites'], req)],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '网站名称', en: 'Name' } },
    {
      name: 'siteCode',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: '网站标识码', en: 'Site ID code' },
      admin: { description: { zh: '10 位数字（6 位行政区划代码 + 4 位顺序号），或部委网站 bm + 8 位数字。', en: "10 digits (6-digit administrative division code + 4-digit sequence number), or bm + 8 digits for a ministry's site." } },
      access: { update: platformAdminOnly },
      validate: uniqueSiteCode,
    },
    {
      name: 'domains',
      type: 'array',
      label: { zh: '域名', en: 'Domains' },
      labels: { singular: { zh: '域名', en: 'Domain' }, plural: { zh: '域名', en: 'Domains' } },
      access: { update: platformAdminOnly },
      admin: { description: { zh: '门户网站使用 www.XXX.gov.cn，部门网站使用门户的下级域名。第一个为主域名。', en: 'A portal uses www.XXX.gov.cn; a department site uses a subdomain of its portal. The first is the primary domain.' } },
      fields: [{ name: 'domain', type: 'text', required: true, index: true, label: { zh: '域名', en: 'Domain' }, validate: uniqueDomain }],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'level',
          type: 'select',
          required: true,
          label: { zh: '层级', en: 'Level' },
          access: { update: platformAdminOnly },
          options: [
            { value: 'region', label: { zh: '自治区', en: 'Region' } },
            { value: 'city', label: { zh: '市', en: 'City' } },
            { value: 'county', label: { zh: '县（市、区）', en: 'County' } },
            { value: 'department', label: { zh: '部门', en: 'Department' } },
          ],
        },
        {
          name: 'parent',
          type: 'relationship',
          relationTo: 'sites',
          label: { zh: '上级网站', en: 'Parent site' },
          access: { update: platformAdminOnly },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: SiteLifecycle.applying,
          index: true,
          label: { zh: '状态', en: 'Status' },
          access: { update: platformAdminOnly, create: platformAdminOnly },
          options: siteStatuses.map((status) => ({ ...status })),
        },
      ],
    },
    {
      name: 'closureNotice',
      type: 'group',
      label: { zh: '关停公告', en: 'Closure notice' },
      access: { update: platformAdminOnly },
      admin: { condition: (data) => data?.status === SiteLifecycle.closing || data?.status === SiteLifecycle.closed },
      fields: [
        { name: 'announcedAt', type: 'date', label: { zh: '公告日期', en: 'Announced' } },
        { name: 'closesAt', type: 'date', label: { zh: '关停日期', en: 'Closes' } },
        { name: 'successorSite', type: 'relationship', relationTo: 'sites', label: { zh: '承接网站', en: 'Successor site' } },
        { name: 'text', type: 'textarea', label: { zh: '公告正文', en: 'Notice text' } },
      ],
    },
    {
      name: 'mailboxChannels',
      type: 'select',
      hasMany: true,
      options: messageChannels.map((value) => ({ value, label: { zh: channelLabels[value], en: channelLabelsEn[value] } })),
      defaultValue: [...messageChannels],
      label: { zh: '留言渠道', en: 'Mailbox channels' },
      admin: { description: { zh: '公众在本网站“我要留言”中可选的留言类型。至少保留一项，否则视为没有互动渠道。', en: "Message types the public may choose in this site's mailbox. Keep at least one, otherwise the site counts as having no interaction channel." } },
    },
    {
      name: 'sponsor',
      type: 'text',
      required: true,
      label: { zh: '主办单位', en: 'Sponsor' },
    },
    {
      name: 'contact',
      type: 'group',
      label: { zh: '联系方式', en: 'Contact' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: { zh: '联系电话', en: 'Phone' } },
            { name: 'email', type: 'email', label: { zh: '电子邮箱', en: 'Email' } },
          ],
        },
        { name: 'address', type: 'text', label: { zh: '地址', en: 'Address' } },
      ],
    },
    {
      name: 'filings',
      type: 'group',
      label: { zh: '备案与标识', en: 'Filings and identifiers' },
      admin: { description: { zh: '页面底部须清晰列明以下信息（国办发〔2017〕47号）。', en: 'The page footer must clearly list the following (State Council General Office document [2017] 47).' } },
      fields: [
        { name: 'icpNumber', type: 'text', required: true, label: { zh: 'ICP 备案号', en: 'ICP number' }, admin: { placeholder: '宁ICP备05001320号' } },
        { name: 'publicSecurityNumber', type: 'text', required: true, label: { zh: '公安机关备案号', en: 'Public-security filing number' }, admin: { placeholder: '宁公网安备 64010402000123号' } },
        { name: 'partyGovLabelCode', type: 'text', label: { zh: '党政机关网站标识编码', en: 'Party/government label code' } },
        urlField({
          name: 'errorReportUrl',
          label: { zh: '“我为政府网站找错”链接', en: 'Report-an-error link' },
          admin: { description: { zh: '留空则使用全国政府网站找错平台地址。只接受 http:// 或 https:// 网址。', en: 'Leave empty to use the national government-website error-report platform. Only http:// or https:// addresses.' } },
        }),
      ],
    },
    {
      // A folder name, not a fixed list: adding a theme is adding a folder (src/render/themes.ts), no migration.
      name: 'theme',
      type: 'text',
      defaultValue: DEFAULT_THEME,
      label: { zh: '主题', en: 'Theme' },
      admin: { description: { zh: '主题文件夹的名称，默认 default；填写不存在的主题时会列出可用的主题。', en: 'Name of the theme folder, default is default; naming a theme that does not exist lists the available ones.' } },
      validate: (value: unknown, { req }: { req: PayloadRequest }) => validateTheme(value, req.i18n?.language),
    },
    { name: 'description', type: 'textarea', label: { zh: '网站简介', en: 'Description' } },
  ],
}
