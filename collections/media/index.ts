import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { guardReleasedUploads } from '../../src/access/releasedUploads'
import { siteField } from '../../src/access/siteField'
import { publiclyReferencedField, readUploads } from '../../src/access/publicUploads'
import { createOnSitesWithRole, writeOnSitesWithRole } from '../../src/access/siteScoped'
import { uploadDirectory } from '../../src/storage/uploadDirectory'

const webp = { format: 'webp' as const, options: { quality: 80 } }

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { zh: '图片', en: 'Image' }, plural: { zh: '图片', en: 'Images' } },
  admin: { group: { zh: '资源', en: 'Resources' }, useAsTitle: 'alt' },
  access: {
    // Members of the site read all its uploads; anyone else only those a public document shows.
    read: readUploads,
    create: createOnSitesWithRole('editor', 'reviewer', 'site-admin'),
    update: writeOnSitesWithRole('editor', 'reviewer', 'site-admin'),
    delete: writeOnSitesWithRole('reviewer', 'site-admin'),
  },
  upload: {
    staticDir: path.join(uploadDirectory(), 'media'),
    // Videos (MP4, WebM) too, for the video block of a body (src/editor/videoBlock.ts); sharp sizes only images.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'video/mp4', 'video/webm'],
    // Responsive sizes for phones, tablets and desktops, all in WebP.
    imageSizes: [
      { name: 'thumbnail', width: 400, formatOptions: webp },
      { name: 'medium', width: 800, formatOptions: webp },
      { name: 'large', width: 1600, withoutEnlargement: true, formatOptions: webp },
    ],
    adminThumbnail: 'thumbnail',
  },
  hooks: {
    // An image used by a submitted or published document changes only through a reviewer or site admin.
    beforeOperation: [guardReleasedUploads('media', '图片')],
  },
  fields: [
    siteField(['editor', 'reviewer', 'site-admin']),
    { name: 'alt', type: 'text', required: true, label: { zh: '图片说明（无障碍替代文本）', en: 'Alt text' } },
    publiclyReferencedField,
  ],
}
