/**
 * npm run seed: migrate, then load the demo cluster (skipped when sites exist). Prints each step with counts;
 * a failure names its step in Chinese and exits 1. Payload is imported after the exit reporter is in place, so
 * even a failure while loading modules is reported.
 */
import { reportSilentExits, runSteps } from '../src/cli/steps'

reportSilentExits('载入演示数据')
let payload: import('payload').Payload
await runSteps('载入演示数据', [
  {
    label: '连接数据库',
    run: async () => {
      const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../payload.config')])
      payload = await getPayload({ config })
    },
  },
  { label: '执行数据库迁移', run: async () => (await import('../src/db/migrate')).migrateDatabase(payload) },
  { label: '节假日日历', run: async () => (await import('../src/calendar/holidayCalendar')).ensureHolidayCalendar(payload) },
  { label: '搜索同义词', run: async () => (await import('../src/searchSync/synonyms')).ensureSearchSynonymDefaults(payload) },
  {
    label: '演示网站、栏目、账号与内容',
    run: async () => (await import('../src/demo/seed')).seedDemo(payload, (message) => console.log(`      ${message}`)),
  },
])
process.exit(0)
