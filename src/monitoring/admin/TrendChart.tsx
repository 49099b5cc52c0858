'use client'
import { useEffect, useRef } from 'react'

type Props = { days: { day: string; vetoedSites: number; averageScore: number }[] }

/** 趋势图: sites with a predicted veto and the average score per day, drawn with ECharts (SVG renderer). */
export function TrendChart({ days }: Props) {
  const element = useRef<HTMLDivElement>(null)
  useEffect(() => {
    let disposed = false
    let chart: { dispose(): void; resize(): void } | null = null
    const resize = () => chart?.resize()
    void import('echarts').then((echarts) => {
      if (disposed || !element.current) return
      const instance = echarts.init(element.current, undefined, { renderer: 'svg' })
      chart = instance
      instance.setOption({
        // No animation: the chart is read (and screenshotted) as it stands, not as it grows.
        animation: false,
        tooltip: { trigger: 'axis' },
        legend: { top: 0, data: ['预计否决网站数', '平均得分'] },
        grid: { left: 48, right: 48, top: 56, bottom: 32 },
        xAxis: { type: 'category', data: days.map((d) => d.day) },
        yAxis: [
          { type: 'value', name: '网站数', minInterval: 1 },
          { type: 'value', name: '得分', min: 0, max: 100 },
        ],
        series: [
          { name: '预计否决网站数', type: 'bar', data: days.map((d) => d.vetoedSites), itemStyle: { color: '#c0392b' } },
          { name: '平均得分', type: 'line', yAxisIndex: 1, data: days.map((d) => d.averageScore), itemStyle: { color: '#2471a3' } },
        ],
      })
      window.addEventListener('resize', resize)
    })
    return () => {
      disposed = true
      window.removeEventListener('resize', resize)
      chart?.dispose()
    }
  }, [days])
  return <div ref={element} data-testid="monitoring-trend-chart" style={{ width: '100%', height: 320 }} />
}
