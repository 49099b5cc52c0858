/**
 * The Chinese admin's allow-list: Latin-script words that may appear in its visible text. Product and format
 * names and codes a Chinese government user reads as such; everything else in Latin letters is an untranslated
 * leftover. Data (e-mail addresses, domains, file names, URLs) is removed before the words are looked at.
 */
export const allowedLatinWords = new Set([
  'RSS', 'URL', 'ID', 'PDF', 'XLSX', 'CSV', 'Excel', 'Word', 'WPS', 'ICP', 'API', 'REST', 'GraphQL', 'HTTP', 'HTTPS',
  'JSON', 'PNG', 'JPG', 'JPEG', 'GIF', 'SVG', 'WebP', 'KB', 'MB', 'GB', 'ECharts', 'Meilisearch', 'SMTP', 'IP', 'CSS',
  'HTML', 'DOCX', 'XLS', 'DOC', 'PPT', 'PPTX', 'ZIP', 'OFD', 'TXT', 'MP4', 'FTS',
  // The admin framework's name in the account page's language and theme settings.
  'Payload',
  // Codes the forms explain: the 网站标识码 prefix of ministries' sites, a column slug example, the default theme's folder.
  'bm', 'zwdt', 'default',
])

const dataPatterns = [
  /[\w.+-]+@[\w-]+(\.[\w-]+)+/g, // e-mail addresses
  /https?:\/\/\S+/g, // URLs
  /(\/[\w.-]+)+\/?(\?[^\s。，；）]*)?/g, // paths, with their query strings
  /\b[\w-]+(\.[\w-]+)+\b/g, // domains and file names
  /\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\b/g, // confirmation and query codes (AB3D-7K9M-Q2RT)
]

/** The Latin-script words of a page's visible text that are neither data nor on the allow-list. */
export function englishWords(text: string, extraAllowed: Iterable<string> = []): string[] {
  const allowed = new Set([...allowedLatinWords, ...extraAllowed])
  let rest = text
  for (const pattern of dataPatterns) rest = rest.replace(pattern, ' ')
  const words = rest.match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]|\b[A-Za-z]\b/g) ?? []
  return [...new Set(words.filter((w) => !allowed.has(w) && !allowed.has(w.toUpperCase())))]
}
