'use client'
import { useTranslation } from '@payloadcms/ui'
import { useMemo } from 'react'
import { EChart } from '../../adminViews/EChart'
import { speaker } from '../../i18n/bilingual'
import type { AvailabilityDay } from './siteDetailData'

/** 可用性趋势: probes and failures per China day, the 7-day unreachable share and the score (ECharts, SVG). */
export function AvailabilityChart({ days }: { days: AvailabilityDay[] }) {
  const { i18n } = useTranslation()
  const language = i18n.language
  const option = useMemo(() => {
    const L = speaker({ language })
    const probes = L('监测次数', 'Probes')
    const failed = L('无法访问次数', 'Unreachable')
    const share = L('近7天无法访问比例', 'Unreachable share, 7 days')
    const score = L('得分', 'Score')
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [probes, failed, share, score] },
      grid: { left: 48, right: 56, top: 56, bottom: 32 },
      xAxis: { type: 'category', data: days.map((d) => d.day.slice(5)) },
      yAxis: [
        { type: 'value', name: L('次数', 'Count'), minInterval: 1 },
        { type: 'value', name: L('% / 分', '% / points'), min: 0, max: 100 },
      ],
      series: [
        { name: probes, type: 'bar', data: days.map((d) => d.probes), itemStyle: { color: '#7fb3d5' } },
        { name: failed, type: 'bar', data: days.map((d) => d.failed), itemStyle: { color: '#c0392b' } },
        {
          name: share,
          type: 'line',
          yAxisIndex: 1,
          connectNulls: true,
          data: days.map((d) => d.failedPercent7d),
          itemStyle: { color: '#d68910' },
        },
        {
          name: score,
          type: 'line',
          yAxisIndex: 1,
          connectNulls: true,
          data: days.map((d) => d.score),
          itemStyle: { color: '#2471a3' },
        },
      ],
    }
  }, [days, language])
  return <EChart option={option} testId="site-availability-chart" />
}
