import type { CollectionConfig } from 'payload'
import { monitorWritesOnly } from '../../src/monitoring/access'

/**
 * 监测锁: one row per probe run (e.g. `daily:2026-11-30`). The unique key makes the database refuse a
 * second holder, across processes and machines; a lease that expires frees a run whose worker died.
 */
export const MonitorLocks: CollectionConfig = {
  slug: 'monitor-locks',
  labels: { singular: { zh: '监测锁', en: 'Monitor lock' }, plural: { zh: '监测锁', en: 'Monitor locks' } },
  admin: { hidden: true },
  access: { read: monitorWritesOnly, create: monitorWritesOnly, update: monitorWritesOnly, delete: monitorWritesOnly },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'holder', type: 'text', required: true },
    { name: 'state', type: 'select', required: true, options: ['running', 'done'], defaultValue: 'running' },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
