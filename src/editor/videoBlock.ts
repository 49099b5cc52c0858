import type { Block, PayloadRequest } from 'payload'
import { videoUrlProblem } from './videoHosts'
import { inLanguage } from '../i18n/bilingual'

/**
 * 视频: a video of the site's media library, or an http(s) address on a host the platform admin allows
 * (platform-settings.videoHosts). Rendered as a plain <video controls>, never as a third-party iframe.
 */
export const videoBlock: Block = {
  slug: 'video',
  labels: { singular: { zh: '视频', en: 'Video' }, plural: { zh: '视频', en: 'Videos' } },
  fields: [
    {
      name: 'source',
      type: 'radio',
      required: true,
      defaultValue: 'media',
      label: { zh: '视频来源', en: 'Source' },
      options: [
        { label: { zh: '本网站图片库中的视频', en: 'This site’s media' }, value: 'media' },
        { label: { zh: '视频网址', en: 'Video address' }, value: 'url' },
      ],
    },
    {
      name: 'media',
      type: 'upload',
      relationTo: 'media',
      label: { zh: '视频文件', en: 'Video file' },
      filterOptions: { mimeType: { contains: 'video' } },
      admin: { condition: (_data, sibling) => sibling?.source !== 'url' },
      validate: (value: unknown, { siblingData, req }: { siblingData: Record<string, unknown>; req: PayloadRequest }) =>
        siblingData?.source === 'url' || value ? true : inLanguage(req, { zh: '请选择本网站的视频文件。', en: "Choose a video file from this site's media." }),
    },
    {
      name: 'url',
      type: 'text',
      label: { zh: '视频网址', en: 'Video address' },
      admin: {
        condition: (_data, sibling) => sibling?.source === 'url',
        description: { zh: '只能使用平台管理员允许的视频网站（平台设置 → 允许嵌入视频的网站）。', en: 'Only video sites the platform administrator allows (Platform settings → Allowed video hosts).' },
      },
      validate: async (
        value: unknown,
        { siblingData, req }: { siblingData: Record<string, unknown>; req: PayloadRequest },
      ) => {
        if (siblingData?.source !== 'url') return true
        return (await videoUrlProblem(req, value)) ?? true
      },
    },
    { name: 'caption', type: 'text', maxLength: 300, label: { zh: '视频说明（可选）', en: 'Caption (optional)' } },
  ],
}
