import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The public sites are rendered by Express; Next only serves the admin and its assets.
  poweredByHeader: false,
  // Next's dev server allows one process per build folder; a second one (bench:startup beside a running test
  // suite or `npm run dev`) gets its own folder through NEXT_DIST_DIR.
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
  // `npm run typecheck` checks the whole project (CI runs it); Next would check it a second time.
  typescript: { ignoreBuildErrors: true },
  // Native addons used by the search engine (reachable from the Payload config through the jobs) stay
  // outside Next's bundles and are loaded by Node at run time.
  serverExternalPackages: ['@node-rs/jieba', 'better-sqlite3', 'exceljs'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
