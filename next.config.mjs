import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The public sites are rendered by Express; Next only serves the admin and its assets.
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
