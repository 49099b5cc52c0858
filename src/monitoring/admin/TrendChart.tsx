'use client'
import { useMemo } from 'react'
import { EChart } from '../../adminViews/EChart'

type Props = { days: { day: string; vetoedSites: number; averageScore: number }[] }

/** 趋势图: sites with a predicted veto and the average score per day, drawn with ECharts (SVG renderer). */
export function TrendChart({ days }: Props) {
  const option = useMemo(
    () => ({
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
        {
          name: '平均得分',
          type: 'line',
          yAxisIndex: 1,
          data: days.map((d) => d.averageScore),
          itemStyle: { color: '#2471a3' },
        },
      ],
    }),
    [days],
  )
  return <EChart option={option} testId="monitoring-trend-chart" />
}
