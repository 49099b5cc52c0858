'use client'

/** 打印: the browser's print dialog; the page's print CSS leaves only the bulletin. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="btn btn--style-primary btn--size-small" onClick={() => window.print()}>
      {label}
    </button>
  )
}
