'use client'
import { useMemo } from 'react'
import { EChart } from '../../adminViews/EChart'
import type { AvailabilityDay } from './siteDetailData'

/** 可用性趋势: probes and failures per China day, the 7-day unreachable share and the score (ECharts, SVG). */
export function AvailabilityChart({ days }: { days: AvailabilityDay[] }) {
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: ['监测次数', '无法访问次数', '近7天无法访问比例', '得分'] },
      grid: { left: 48, right: 56, top: 56, bottom: 32 },
      xAxis: { type: 'category', data: days.map((d) => d.day.slice(5)) },
      yAxis: [
        { type: 'value', name: '次数', minInterval: 1 },
        { type: 'value', name: '% / 分', min: 0, max: 100 },
      ],
      series: [
        { name: '监测次数', type: 'bar', data: days.map((d) => d.probes), itemStyle: { color: '#7fb3d5' } },
        { name: '无法访问次数', type: 'bar', data: days.map((d) => d.failed), itemStyle: { color: '#c0392b' } },
        {
          name: '近7天无法访问比例',
          type: 'line',
          yAxisIndex: 1,
          connectNulls: true,
          data: days.map((d) => d.failedPercent7d),
          itemStyle: { color: '#d68910' },
        },
        {
          name: '得分',
          type: 'line',
          yAxisIndex: 1,
          connectNulls: true,
          data: days.map((d) => d.score),
          itemStyle: { color: '#2471a3' },
        },
      ],
    }),
    [days],
  )
  return <EChart option={option} testId="site-availability-chart" />
}
