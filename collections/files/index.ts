import path from 'node:path'
import { APIError, type CollectionConfig } from 'payload'
import { guardReleasedUploads } from '../../src/access/releasedUploads'
import { siteField } from '../../src/access/siteField'
import { languageOf } from '../../src/i18n/bilingual'
import { publiclyReferencedField, readUploads } from '../../src/access/publicUploads'
import { createOnSitesWithRole, writeOnSitesWithRole } from '../../src/access/siteScoped'
import { uploadDirectory } from '../../src/storage/uploadDirectory'
import { allowedMimeTypes, attachmentProblem } from './validation'

export const Files: CollectionConfig = {
  slug: 'files',
  labels: { singular: { zh: '附件', en: 'Attachment' }, plural: { zh: '附件', en: 'Attachments' } },
  admin: { group: { zh: '资源', en: 'Resources' }, useAsTitle: 'title' },
  access: {
    // Members of the site read all its uploads; anyone else only those a public document shows.
    read: readUploads,
    create: createOnSitesWithRole('editor', 'reviewer', 'site-admin'),
    update: writeOnSitesWithRole('editor', 'reviewer', 'site-admin'),
    delete: writeOnSitesWithRole('reviewer', 'site-admin'),
  },
  upload: {
    staticDir: path.join(uploadDirectory(), 'files'),
    mimeTypes: allowedMimeTypes,
  },
  hooks: {
    beforeOperation: [
      guardReleasedUploads('files', '附件'),
      async ({ req, operation }) => {
        if ((operation === 'create' || operation === 'update') && req.file) {
          const problem = await attachmentProblem(req.file, undefined, languageOf(req))
          if (problem) throw new APIError(problem, 400, null, true)
        }
      },
    ],
  },
  fields: [
    siteField(['editor', 'reviewer', 'site-admin']),
    { name: 'title', type: 'text', required: true, label: { zh: '附件名称', en: 'Title' } },
    publiclyReferencedField,
  ],
}
