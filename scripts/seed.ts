import { getPayload } from 'payload'
import config from '../payload.config'
import { migrateDatabase } from '../src/db/migrate'
import { seedDemo } from '../src/demo/seed'
import { ensureHolidayCalendar } from '../src/calendar/holidayCalendar'
import { ensureSearchSynonymDefaults } from '../src/searchIndex/synonyms'

const payload = await getPayload({ config })
await migrateDatabase(payload)
await ensureHolidayCalendar(payload)
await ensureSearchSynonymDefaults(payload)
await seedDemo(payload, (message) => console.log(message))
process.exit(0)
