import type { CollectionConfig } from 'payload'
import { clusterRoles, roleLabels, siteRoles } from '../../src/access/roles'
import { servedOverHttps } from '../../src/security/settings'
import { forgotPasswordEndpoint, unlockUsers, verifyEndpoint } from '../../src/access/accountProbing'
import { auditAfterDelete, recordAudit } from '../../src/audit/recordAudit'
import { confineSiteAdmins, createUsers, platformAdminOnly, readUsers, siteAdminsManageMemberships, updateUsers } from './access'

const option = (role: keyof typeof roleLabels) => ({ value: role, label: roleLabels[role] })

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { zh: '用户', en: 'User' }, plural: { zh: '用户', en: 'Users' } },
  auth: {
    tokenExpiration: 8 * 60 * 60,
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    // `Secure` wherever the platform is served over https (production, or an https PUBLIC_URL), so the demo
    // over http://localhost still signs in; never sent on cross-site subrequests or posts.
    cookies: { secure: servedOverHttps(), sameSite: 'Lax' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'roles'], group: { zh: '站群管理', en: 'Cluster' } },
  access: {
    read: readUsers,
    create: createUsers,
    update: updateUsers,
    delete: ({ req }) => Boolean(req.user && (req.user as { roles?: string[] }).roles?.includes('platform-admin')),
    admin: ({ req }) => Boolean(req.user),
    unlock: unlockUsers,
  },
  // Ahead of Payload's own: no answer tells whether an address has an account (src/access/accountProbing.ts).
  endpoints: [forgotPasswordEndpoint, verifyEndpoint],
  hooks: {
    beforeChange: [confineSiteAdmins],
    afterLogin: [
      async ({ req, user }) => {
        await recordAudit({ ...req, user } as typeof req, { action: 'login', collection: 'users', documentId: user.id, summary: '登录' })
      },
    ],
    afterDelete: [auditAfterDelete('users')],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '姓名', en: 'Name' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      label: { zh: '平台角色', en: 'Cluster roles' },
      options: clusterRoles.map(option),
      access: { create: platformAdminOnly, update: platformAdminOnly },
      admin: { description: { zh: '平台管理员管理全部网站；监管人员只读全部网站，不能修改内容。', en: 'Platform administrators manage every site; supervisors read every site and cannot change content.' } },
    },
    {
      name: 'siteMemberships',
      type: 'array',
      label: { zh: '网站角色', en: 'Site memberships' },
      labels: { singular: { zh: '网站角色', en: 'Membership' }, plural: { zh: '网站角色', en: 'Memberships' } },
      access: { create: siteAdminsManageMemberships, update: siteAdminsManageMemberships },
      fields: [
        { name: 'site', type: 'relationship', relationTo: 'sites', required: true, label: { zh: '网站', en: 'Site' } },
        {
          name: 'roles',
          type: 'select',
          hasMany: true,
          required: true,
          label: { zh: '角色', en: 'Roles' },
          options: siteRoles.map(option),
        },
      ],
    },
  ],
}
