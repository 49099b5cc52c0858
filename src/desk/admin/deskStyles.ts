/** The desk's and the overdue view's styles, in the admin's own theme variables. */
export const deskCss = `
.zq-desk { margin-bottom: calc(var(--base) * 1.5); }
.zq-desk h2 { margin: 0 0 calc(var(--base) * 0.5); }
.zq-desk .zq-hint { color: var(--theme-elevation-600); margin: 0 0 calc(var(--base) * 0.75); }
.zq-desk .zq-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(360px, 1fr)); gap: calc(var(--base) * 0.75); }
.zq-desk section { border: 1px solid var(--theme-elevation-150); border-radius: 4px; padding: calc(var(--base) * 0.5) calc(var(--base) * 0.75); background: var(--theme-elevation-0); }
.zq-desk section h3 { margin: 0 0 calc(var(--base) * 0.4); font-size: 1rem; display: flex; justify-content: space-between; }
.zq-desk section h3 .zq-count { color: var(--theme-elevation-600); font-weight: 400; }
.zq-desk ul { list-style: none; margin: 0; padding: 0; }
.zq-desk li { padding: 4px 0; border-top: 1px solid var(--theme-elevation-50); }
.zq-desk li:first-child { border-top: 0; }
.zq-desk .zq-meta { display: block; color: var(--theme-elevation-600); font-size: 0.85em; }
.zq-desk .zq-overdue, .zq-desk .zq-veto { color: var(--theme-error-500); font-weight: 600; }
.zq-desk .zq-near, .zq-desk .zq-warning { color: var(--theme-warning-500); }
.zq-desk .zq-empty { color: var(--theme-elevation-500); }
.zq-desk .zq-alert { border: 1px solid var(--theme-error-400); background: var(--theme-error-50); padding: calc(var(--base) * 0.5) calc(var(--base) * 0.75); border-radius: 4px; margin-bottom: calc(var(--base) * 0.75); }
.zq-desk table { width: 100%; border-collapse: collapse; font-size: 0.95rem; margin: calc(var(--base) * 0.5) 0 calc(var(--base) * 1.25); }
.zq-desk th, .zq-desk td { padding: 6px 10px; border-bottom: 1px solid var(--theme-elevation-100); text-align: left; vertical-align: top; }
.zq-desk thead th { background: var(--theme-elevation-50); }
.zq-site-scope { margin: 0 0 calc(var(--base) * 0.5); }
.zq-site-scope select { margin-left: 6px; padding: 4px 8px; }
`
