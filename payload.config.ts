import path from 'node:path'
import { bodyEditor } from './src/editor/bodyEditor'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import { zh } from '@payloadcms/translations/languages/zh'
import { en } from '@payloadcms/translations/languages/en'
import sharp from 'sharp'
import { databaseAdapter } from './src/db/adapter'
import { guardDocumentLocks } from './src/access/documentLocks'
import { ownPreferencesOnly } from './src/access/preferences'
import { uniformLoginFailures } from './src/access/loginFailures'
import { publicUploadSync } from './src/access/publicUploadSync'
import { pageInvalidationAfterCommit } from './src/render/invalidation'
import { sameSiteReferences } from './src/access/sameSiteReferences'
import { Sites } from './collections/sites/index'
import { Messages } from './collections/messages/index'
import { DisclosureApplications } from './collections/disclosure-applications/index'
import { OpenDays } from './collections/open-days/index'
import { OpenDayRegistrations } from './collections/open-day-registrations/index'
import { Consultations } from './collections/consultations/index'
import { ConsultationComments } from './collections/consultation-comments/index'
import { FormChallengeUses } from './collections/form-challenge-uses/index'
import { eraseMessagePersonalDataTask } from './src/participation/messageRetention'
import { Users } from './collections/users/index'
import { Columns } from './collections/columns/index'
import { Articles } from './collections/articles/index'
import { Media } from './collections/media/index'
import { Files } from './collections/files/index'
import { AuditLog } from './collections/audit-log/index'
import { Holidays } from './collections/holidays/index'
import { PolicyDocuments } from './collections/policy-documents/index'
import { Interpretations } from './collections/interpretations/index'
import { DisclosureCatalog } from './collections/disclosure-catalog/index'
import { SelfChecks } from './collections/self-checks/index'
import { PageVisits } from './collections/page-visits/index'
import { AnnualReports } from './collections/annual-reports/index'
import { ReviewCases } from './collections/review-cases/index'
import { IndexCounters } from './collections/index-counters/index'
import { GazetteIssues } from './collections/gazette-issues/index'
import { GazetteArticles } from './collections/gazette-articles/index'
import { PlatformSettingsGlobal } from './collections/globals/platformSettings'
import { publishScheduledTask } from './src/jobs/publishScheduled'
import { closeSitesPastNoticeTask } from './src/jobs/closeSitesPastNotice'
import { RepostRules } from './collections/repost-rules/index'
import { Reposts } from './collections/reposts/index'
import { repostFanOutTask } from './src/jobs/repostFanOut'
import { markOverdueRepostsTask } from './src/jobs/markOverdueReposts'
import { repostSources } from './src/reposting/triggers'
import { searchSyncSources } from './src/searchSync/triggers'
import { syncSearchIndexTask } from './src/searchSync/syncTask'
import { resyncSiteSearchTask } from './src/searchSync/visibility'
import { syncSearchSynonymsTask } from './src/searchSync/synonymSyncTask'
import { SearchSynonyms } from './collections/search-synonyms/index'
import { SearchQueries } from './collections/search-queries/index'
import { anonymousListCap } from './src/security/anonymousListCap'
import { AvailabilityChecks } from './collections/availability-checks/index'
import { SiteHealthReports } from './collections/site-health-reports/index'
import { HealthWarnings } from './collections/health-warnings/index'
import { SensitiveWords } from './collections/sensitive-words/index'
import { SiteLeaders } from './collections/site-leaders/index'
import { MonitorLocks } from './collections/monitor-locks/index'
import { MonitoringSettingsGlobal } from './collections/globals/monitoringSettings'
import { monitorAvailabilityTask, monitorDailyTask } from './src/monitoring/tasks'
import { contentCheckOnSave } from './src/monitoring/saveCheck'
import { platformEmailAdapter } from './src/email/adapter'
import { uploadParsing } from './src/storage/incomingUploads'
import { uploadRefusalsInLanguage } from './src/storage/uploadRefusals'
import { introspectionRules } from './src/security/graphqlIntrospection'
import { accountRecoveryRules } from './src/security/graphqlAccountRecovery'
import { siteScopedLists } from './src/desk/siteScope'
import { previewLinks } from './src/preview/plugin'
import { chineseDateFormats } from './src/i18n/dateFormats'
import { adminTranslations } from './src/i18n/adminText'

const dirname = path.dirname(fileURLToPath(import.meta.url))

function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  if (process.env.NODE_ENV === 'production' && process.env.ZHANQUN_DEMO !== 'true') {
    throw new Error('生产环境必须设置 PAYLOAD_SECRET 环境变量（至少 32 个随机字符）。')
  }
  return 'zhanqun-development-secret-not-for-production'
}

export default buildConfig({
  serverURL: process.env.PUBLIC_URL ?? '',
  secret: payloadSecret(),
  db: databaseAdapter(),
  editor: bodyEditor,
  sharp,
  admin: {
    user: 'users',
    meta: { titleSuffix: ' · 站群管理平台' },
    importMap: { baseDir: dirname },
    // The account picture is drawn locally (initials): no request to Gravatar (src/desk/admin/InitialsAvatar.tsx).
    avatar: { Component: '/src/desk/admin/InitialsAvatar#InitialsAvatar' },
    // 监测中心 (site health, issue 12): the general office's view, linked from the navigation.
    // 我的工作台 above the dashboard and 逾期清单 as a view (src/desk).
    components: {
      // Views match in order and without `exact` by prefix: the monitoring sub-views come before the center.
      views: {
        monitoringBulletin: { Component: '/src/monitoring/admin/BulletinView#BulletinView', path: '/monitoring/bulletin', exact: true },
        monitoringSite: { Component: '/src/monitoring/admin/SiteHealthDetail#SiteHealthDetail', path: '/monitoring/site/:siteId', exact: true },
        monitoringCenter: { Component: '/src/monitoring/admin/MonitoringCenter#MonitoringCenter', path: '/monitoring' },
        overdue: { Component: '/src/desk/admin/OverdueView#OverdueView', path: '/overdue' },
        openDayCheckIn: { Component: '/src/participation/admin/CheckInView#CheckInView', path: '/open-day-check-in', exact: true },
        messageStatistics: { Component: '/src/participation/admin/MessageStatisticsView#MessageStatisticsView', path: '/message-statistics', exact: true },
      },
      beforeDashboard: ['/src/desk/admin/Desk#Desk'],
      beforeNavLinks: ['/src/desk/admin/NavLinks#DeskNavLinks'],
      afterNavLinks: ['/src/monitoring/admin/NavLink#MonitoringNavLink', '/src/participation/admin/NavLink#MessageStatisticsNavLink', '/src/participation/admin/CheckInNavLink#CheckInNavLink'],
    },
  },
  i18n: {
    supportedLanguages: { zh, en },
    fallbackLanguage: 'zh',
    // The project's own admin words in both languages (src/i18n/adminText.ts).
    translations: adminTranslations,
  },
  collections: [Sites, Users, Columns, Articles, Media, Files, AuditLog, Holidays, RepostRules, Reposts, PolicyDocuments, Interpretations, DisclosureCatalog, SelfChecks, IndexCounters, GazetteIssues, GazetteArticles, SearchSynonyms, SearchQueries, AvailabilityChecks, SiteHealthReports, HealthWarnings, SensitiveWords, SiteLeaders, MonitorLocks, Messages, DisclosureApplications, OpenDays, OpenDayRegistrations, Consultations, ConsultationComments, FormChallengeUses, PageVisits, AnnualReports, ReviewCases],
  globals: [PlatformSettingsGlobal, MonitoringSettingsGlobal],
  jobs: {
    tasks: [publishScheduledTask, closeSitesPastNoticeTask, repostFanOutTask, markOverdueRepostsTask, syncSearchIndexTask, syncSearchSynonymsTask, resyncSiteSearchTask, monitorDailyTask, monitorAvailabilityTask, eraseMessagePersonalDataTask],
    // Only signed-in platform administrators may trigger the queue over HTTP; the worker runs it in-process.
    access: { run: ({ req }) => Boolean((req.user as { roles?: string[] } | null)?.roles?.includes('platform-admin')) },
    deleteJobOnComplete: true,
  },
  // Publishing covered content (important articles, policy documents, interpretations) queues the repost fan-out.
  // Document locks only on documents the user may edit, in their own name (src/access/documentLocks.ts).
  // A failed login never tells whether the account exists or is locked (src/access/loginFailures.ts).
  // Admin preferences by key, the caller's own only, on both databases (src/access/preferences.ts).
  // Page-cache invalidations wait for the transaction to commit (src/render/invalidation.ts).
  // References between site documents stay within one site (src/access/sameSiteReferences.ts).
  // Attachments and images are public only while a public document shows them (src/access/publicUploads.ts).
  // Anonymous REST/GraphQL lists are capped and always paginated (src/security/anonymousListCap.ts).
  // Dates read yyyy-MM-dd in the admin in every language (src/i18n/dateFormats.ts).
  // 预览: a signed, expiring preview of the publishable documents as their site's theme renders them (src/preview).
  // Admin lists show the user's own site(s) by default, with a site switcher (src/desk/siteScope.ts); a list filter only.
  plugins: [pageInvalidationAfterCommit(), sameSiteReferences(), repostSources(), searchSyncSources(), guardDocumentLocks(), ownPreferencesOnly(), uniformLoginFailures(), publicUploadSync(), contentCheckOnSave(), anonymousListCap(), siteScopedLists(), previewLinks(), chineseDateFormats(), uploadRefusalsInLanguage()],
  // SMTP from SMTP_HOST etc.; without it (development) mails are written to the log (src/email/adapter.ts).
  email: platformEmailAdapter(),
  // Uploads stream into a temp file beside the uploads rather than into memory (src/storage/incomingUploads.ts).
  // Its own refusals are worded in the request's admin language (src/storage/uploadRefusals.ts).
  upload: uploadParsing(),
  // Introspection off in every mode unless GRAPHQL_INTROSPECTION=on in development (src/security/graphqlIntrospection.ts).
  graphQL: { disablePlaygroundInProduction: true, disableIntrospectionInProduction: true, validationRules: () => [...introspectionRules(), ...accountRecoveryRules()] },
  // Payload regenerates payload-types.ts in a child process at every start outside production. Under vitest that
  // is a full extra Node process (~6 s of CPU) per test file and per worker process a test starts, hundreds per CI
  // run on 2 cores, all rewriting the same file; CI type-checks the committed payload-types.ts instead.
  // GENERATE_TYPES=off does the same for benchmarks, whose server and CLI processes would each spawn one.
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: !process.env.VITEST && process.env.GENERATE_TYPES !== 'off' },
  telemetry: false,
})
