import type { CollectionConfig } from 'payload'

const nobody = () => false

/**
 * 已用安全验证 (used challenges): one row per accepted proof-of-work challenge, until it expires. The unique
 * key makes the database refuse a second use, so a solved challenge passes once across every worker process
 * of the cluster (src/security/challengeReplayStore.ts). Holds hashes of challenges only, no address.
 */
export const FormChallengeUses: CollectionConfig = {
  slug: 'form-challenge-uses',
  labels: { singular: { zh: '已用安全验证', en: 'Used challenge' }, plural: { zh: '已用安全验证', en: 'Used challenges' } },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
