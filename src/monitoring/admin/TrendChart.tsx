'use client'
import { useMemo } from 'react'
import { EChart } from '../../adminViews/EChart'

type Props = { days: { day: string; vetoedSites: number; averageScore: number }[]; english?: boolean }

/** 趋势图: sites with a predicted veto and the average score per day, drawn with ECharts (SVG renderer). */
export function TrendChart({ days, english }: Props) {
  const vetoed = english ? 'Sites with a predicted veto' : '预计否决网站数'
  const average = english ? 'Average score' : '平均得分'
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [vetoed, average] },
      grid: { left: 48, right: 48, top: 56, bottom: 32 },
      xAxis: { type: 'category', data: days.map((d) => d.day) },
      yAxis: [
        { type: 'value', name: english ? 'Sites' : '网站数', minInterval: 1 },
        { type: 'value', name: english ? 'Score' : '得分', min: 0, max: 100 },
      ],
      series: [
        { name: vetoed, type: 'bar', data: days.map((d) => d.vetoedSites), itemStyle: { color: '#c0392b' } },
        {
          name: average,
          type: 'line',
          yAxisIndex: 1,
          data: days.map((d) => d.averageScore),
          itemStyle: { color: '#2471a3' },
        },
      ],
    }),
    [days, vetoed, average, english],
  )
  return <EChart option={option} testId="monitoring-trend-chart" />
}
