/** Styles of the monitoring views (监测中心, 网站详情, 月度通报), on Payload's theme variables. */
export const monitorCss = `
.zq-monitor h1 { margin: calc(var(--base) * 1) 0 calc(var(--base) * 0.25); }
.zq-monitor h2 { margin: calc(var(--base) * 1.5) 0 calc(var(--base) * 0.5); font-size: 1.25rem; }
.zq-monitor .zq-hint { color: var(--theme-elevation-600); margin: 0 0 calc(var(--base) * 1); }
.zq-monitor table { width: 100%; border-collapse: collapse; font-size: 0.95rem; margin-top: calc(var(--base) * 0.5); }
.zq-monitor th, .zq-monitor td { padding: 6px 10px; border-bottom: 1px solid var(--theme-elevation-100); text-align: left; vertical-align: top; }
.zq-monitor thead th { background: var(--theme-elevation-50); }
.zq-monitor .zq-veto { color: var(--theme-error-500); font-weight: 600; }
.zq-monitor .zq-ok { color: var(--theme-success-500); }
.zq-monitor .zq-url { word-break: break-all; font-family: monospace; font-size: 0.85em; }
.zq-monitor .zq-toolbar { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; margin-bottom: calc(var(--base) * 1); }
`

/** Print: only the bulletin, on A4 landscape, without the admin's navigation and header. */
export const printCss = `
@page { size: A4 landscape; margin: 12mm; }
@media print {
  .nav, .app-header, .template-default__nav-toggler-wrapper, .zq-no-print, [class*="nav-toggler"] { display: none !important; }
  .template-default, .template-default__wrap, .zq-monitor { padding: 0 !important; margin: 0 !important; background: #fff !important; color: #000 !important; }
  .zq-monitor table { font-size: 10.5pt; page-break-inside: auto; }
  .zq-monitor tr { page-break-inside: avoid; }
  .zq-monitor thead { display: table-header-group; }
  .zq-monitor a { color: #000; text-decoration: none; }
  .zq-monitor th, .zq-monitor td { border: 1px solid #999 !important; }
}
`
