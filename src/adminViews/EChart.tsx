'use client'
import { useEffect, useRef } from 'react'

/**
 * An ECharts chart in the admin, drawn as SVG without animation: it is read (and screenshotted) as it stands,
 * not as it grows. ECharts is loaded on demand, and the chart follows the window's size.
 */
export function EChart({
  option,
  testId,
  height = 320,
}: {
  option: Record<string, unknown>
  testId: string
  height?: number
}) {
  const element = useRef<HTMLDivElement>(null)
  useEffect(() => {
    let disposed = false
    let chart: { dispose(): void; resize(): void } | null = null
    const resize = () => chart?.resize()
    void import('echarts').then((echarts) => {
      if (disposed || !element.current) return
      const instance = echarts.init(element.current, undefined, { renderer: 'svg' })
      chart = instance
      instance.setOption({ animation: false, ...option })
      window.addEventListener('resize', resize)
    })
    return () => {
      disposed = true
      window.removeEventListener('resize', resize)
      chart?.dispose()
    }
  }, [option])
  return <div ref={element} data-testid={testId} style={{ width: '100%', height }} />
}
