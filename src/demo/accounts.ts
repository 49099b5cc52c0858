import type { ClusterRole, SiteRole } from '../access/roles'

/** One demo account for every role; README lists them. Never use these passwords outside a demo. */
export const demoPassword = 'Zhanqun#2026'

export type DemoAccount = { email: string; name: string; roles?: ClusterRole[]; memberships?: { siteKey: string; roles: SiteRole[] }[] }

export const demoAccounts: DemoAccount[] = [
  { email: 'admin@zhanqun.demo', name: '平台管理员（自治区办公厅）', roles: ['platform-admin'] },
  { email: 'supervisor@zhanqun.demo', name: '监管人员', roles: ['supervisor'] },
  { email: 'siteadmin@nx.zhanqun.demo', name: '门户网站管理员', memberships: [{ siteKey: 'nx', roles: ['site-admin'] }] },
  { email: 'editor@nx.zhanqun.demo', name: '门户网站编辑', memberships: [{ siteKey: 'nx', roles: ['editor'] }] },
  { email: 'reviewer@nx.zhanqun.demo', name: '门户网站审核人', memberships: [{ siteKey: 'nx', roles: ['reviewer'] }] },
  { email: 'openness@nx.zhanqun.demo', name: '门户政务公开专员', memberships: [{ siteKey: 'nx', roles: ['openness-officer'] }] },
  { email: 'editor@yinchuan.zhanqun.demo', name: '银川市政府网站编辑', memberships: [{ siteKey: 'yinchuan', roles: ['editor'] }] },
  { email: 'reviewer@yinchuan.zhanqun.demo', name: '银川市政府网站审核人', memberships: [{ siteKey: 'yinchuan', roles: ['reviewer'] }] },
]
