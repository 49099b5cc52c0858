import type { Page } from 'playwright-core'

/**
 * The English admin's check: the UI chrome of a page — navigation, headings, labels, buttons, column headers,
 * field descriptions, tabs, empty states, alerts and validation messages, placeholders — must hold no Chinese
 * character. Data is not chrome: a document's own title (the edit view's heading and breadcrumbs), table cells,
 * the chosen value of a select or relationship, and links to documents are left out, and the few Chinese data
 * strings a page shows inside chrome (the test's site and column names, format examples) are allowed by name.
 */
const chromeSelectors = [
  'nav',
  'h1',
  'h2',
  'h3',
  'h4',
  'label',
  '.field-label',
  'button',
  '.btn',
  'th',
  'legend',
  '.field-description',
  '.tabs-field__tab-button',
  '.collapsible__toggle',
  '.collection-list__no-results',
  '.no-results',
  '.zq-empty',
  '.zq-hint',
  '[role="alert"]',
  '[role="status"]',
  '[role="dialog"]',
  '.field-error',
  '.tooltip-content',
  '.toast-error',
  '.payload-toast-item',
  '.list-controls',
  '.doc-controls',
  '.nav__label',
]

/** Inside chrome, these hold data (a document's title, a chosen value, a link to a document, a table cell). */
const dataSelectors = [
  '.doc-header__title',
  '.step-nav',
  'select',
  'option',
  'input',
  'textarea',
  'td',
  'th[scope="row"]',
  '.rs__value-container',
  '.rs__single-value',
  '.rs__multi-value',
  '.relationship-add-new',
  '.zq-desk li',
  '.zq-site-scope strong',
  '.rich-text-lexical',
  '[contenteditable]',
  // A Chinese document shown as such (the monthly bulletin's title).
  '[data-document]',
]

const cjk = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]+/g

/** The Chinese runs of a page's chrome (and visible placeholders), minus the allowed data strings. */
export async function chineseInChrome(page: Page, allowed: readonly string[]): Promise<string[]> {
  const texts = await page.evaluate(
    ({ chrome, data }) => {
      const skip = data.join(',')
      const seen = new Set<Node>()
      const out: string[] = []
      for (const root of document.querySelectorAll<HTMLElement>(chrome.join(','))) {
        if (root.closest(skip) || (root as HTMLElement).offsetParent === null && root.tagName !== 'NAV') continue
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (seen.has(node)) continue
          seen.add(node)
          const parent = node.parentElement
          if (!parent || parent.closest(skip)) continue
          const style = getComputedStyle(parent)
          if (style.display === 'none' || style.visibility === 'hidden') continue
          if (node.textContent?.trim()) out.push(node.textContent.trim())
        }
      }
      for (const el of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[placeholder], textarea[placeholder]')) {
        if (el.offsetParent !== null) out.push(el.placeholder)
      }
      return out
    },
    { chrome: chromeSelectors, data: dataSelectors },
  )
  const found = new Set<string>()
  for (let text of texts) {
    for (const phrase of allowed) text = text.split(phrase).join(' ')
    for (const run of text.match(cjk) ?? []) if (/[\u3400-\u9fff\uf900-\ufaff]/.test(run)) found.add(run)
  }
  return [...found]
}
