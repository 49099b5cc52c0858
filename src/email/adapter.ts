import nodemailer, { type Transporter } from 'nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * The platform's mail, through nodemailer (the same library Payload's own @payloadcms/email-nodemailer wraps;
 * that package pins payload 3.90.1, one patch behind ours, so this small adapter stands in for it).
 * SMTP_HOST set: mail goes to that server (SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASS).
 * SMTP_HOST unset (development, demo): nothing is sent; each mail is written to the log instead.
 */
export function platformEmailAdapter(env: NodeJS.ProcessEnv = process.env): EmailAdapter {
  const fromAddress = env.SMTP_FROM ?? 'noreply@zhanqun.local'
  const fromName = env.SMTP_FROM_NAME ?? '站群管理平台'
  return ({ payload }) => {
    const smtp = Boolean(env.SMTP_HOST)
    const transport: Transporter = smtp
      ? nodemailer.createTransport({
          host: env.SMTP_HOST,
          port: Number(env.SMTP_PORT ?? 587),
          secure: env.SMTP_SECURE === 'true',
          ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } } : {}),
          // An internal relay without TLS (tests, some government intranets) is allowed only when asked for.
          ignoreTLS: env.SMTP_IGNORE_TLS === 'true',
        })
      : nodemailer.createTransport({ jsonTransport: true })
    return {
      name: smtp ? 'nodemailer-smtp' : 'nodemailer-log',
      defaultFromAddress: fromAddress,
      defaultFromName: fromName,
      async sendEmail(message) {
        const from = message.from ?? { name: fromName, address: fromAddress }
        const info = await transport.sendMail({ ...message, from })
        if (!smtp) payload.logger.info({ msg: '邮件（开发环境，未发送）', to: message.to, subject: message.subject, text: message.text })
        return info
      },
    }
  }
}
