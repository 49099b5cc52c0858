import type { Access, CollectionConfig, FieldAccess } from 'payload'
import { asAccessUser, readsWholeCluster, siteIdsWithRole } from '../../src/access/roles'
import { idOf } from '../../src/ids'

const readAudit: Access = ({ req }) => {
  if (readsWholeCluster(req.user)) return true
  const adminOf = siteIdsWithRole(req.user, 'site-admin')
  return adminOf.length ? { site: { in: adminOf } } : false
}

/**
 * Who acted, as an account (email, user record): the cluster roles see it on every entry, others on their own.
 * A site admin reads the site's log with the actor's name only: the entries of platform staff and of other
 * sites' users on the site must not hand out their email addresses.
 */
const actorAccount: FieldAccess = ({ req, doc }) => {
  if (readsWholeCluster(req.user)) return true
  const user = asAccessUser(req.user)
  return Boolean(user && idOf((doc as { user?: unknown } | undefined)?.user) === String(user.id))
}

/**
 * 操作日志: append-only. Entries are written by server hooks through the Local API; no API route
 * can create, change or delete one. Retention (at least 6 months) is therefore unconditional.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: { zh: '操作日志', en: 'Audit entry' }, plural: { zh: '操作日志', en: 'Audit log' } },
  admin: { useAsTitle: 'summary', defaultColumns: ['at', 'actorName', 'action', 'targetCollection', 'summary'], group: { zh: '系统', en: 'System' } },
  defaultSort: '-at',
  disableDuplicate: true,
  access: { read: readAudit, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: { zh: '操作', en: 'Action' },
      options: [
        { value: 'create', label: { zh: '新建', en: 'Create' } },
        { value: 'update', label: { zh: '修改', en: 'Update' } },
        { value: 'delete', label: { zh: '删除', en: 'Delete' } },
        { value: 'submit', label: { zh: '提交审核', en: 'Submit' } },
        { value: 'reject', label: { zh: '退回', en: 'Reject' } },
        { value: 'schedule', label: { zh: '定时发布', en: 'Schedule' } },
        { value: 'publish', label: { zh: '发布', en: 'Publish' } },
        { value: 'withdraw', label: { zh: '撤回', en: 'Withdraw' } },
        { value: 'login', label: { zh: '登录', en: 'Login' } },
        // A system alert for the platform administrators, e.g. a search-index sync abandoned after its retries.
        { value: 'alert', label: { zh: '告警', en: 'Alert' } },
        // Personal data leaving the platform (留言导出) and erased at the end of its retention (留言个人信息删除).
        { value: 'export', label: { zh: '导出个人信息', en: 'Export personal data' } },
        { value: 'erase', label: { zh: '删除个人信息', en: 'Erase personal data' } },
      ],
    },
    {
      name: 'targetCollection',
      type: 'text',
      required: true,
      index: true,
      label: { zh: '对象类型', en: 'Collection' },
      admin: { components: { Cell: '/src/audit/admin/CollectionCell#CollectionCell' } },
    },
    { name: 'documentId', type: 'text', required: true, index: true, label: { zh: '对象编号', en: 'Document' } },
    { name: 'summary', type: 'text', label: { zh: '摘要', en: 'Summary' } },
    { name: 'site', type: 'relationship', relationTo: 'sites', index: true, label: { zh: '网站', en: 'Site' } },
    { name: 'user', type: 'relationship', relationTo: 'users', label: { zh: '用户', en: 'User' }, access: { read: actorAccount } },
    { name: 'userLabel', type: 'text', label: { zh: '操作人账号', en: 'Account' }, access: { read: actorAccount } },
    { name: 'actorName', type: 'text', label: { zh: '操作人', en: 'By' } },
    { name: 'at', type: 'date', required: true, index: true, label: { zh: '时间', en: 'Time' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
