/**
 * Views per Hanoi day over the last 30 days, drawn by uPlot (loaded only when the chart is shown), with the same
 * numbers as a table for screen readers and for anyone who wants the figures.
 */
import { useEffect, useRef } from 'preact/hooks'
import { api, call } from './api'
import { formatNumber } from './format'
import { LoadFailed, useEditorLoad } from './useEditorLoad'

const DAYS = 30

export function ViewsChart({ id }: { id: number }) {
  const stats = useEditorLoad(() => call(api().GET('/api/v1/admin/articles/{id}/stats', {
    params: { path: { id }, query: { days: DAYS } },
  })).then((r) => r.data), String(id))
  const host = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (stats.state !== 'done' || !host.current) return
    let chart: { destroy(): void } | null = null
    let gone = false
    Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([{ default: UPlot }]) => {
      if (gone || !host.current) return
      const days = stats.data.days
      const x = days.map((d) => Date.parse(`${d.date}T00:00:00+07:00`) / 1000)
      const width = Math.max(280, Math.min(host.current.clientWidth, 900))
      chart = new UPlot({
        width,
        height: 220,
        tzDate: (ts) => UPlot.tzDate(new Date(ts * 1000), 'Asia/Ho_Chi_Minh'),
        legend: { show: false },
        scales: { y: { range: (_u, _min, max) => [0, Math.max(5, max)] } },
        axes: [{ values: (_u, splits) => splits.map((s) => new Date((s + 7 * 3600) * 1000).toISOString().slice(8, 10) + '/' + new Date((s + 7 * 3600) * 1000).toISOString().slice(5, 7)) }, {}],
        series: [{}, { label: 'Lượt xem', stroke: '#a01c1c', fill: 'rgba(160, 28, 28, 0.12)', width: 2 }],
      }, [x, days.map((d) => d.views)], host.current)
    })
    return () => {
      gone = true
      chart?.destroy()
    }
  }, [stats.state])

  if (stats.state === 'loading') return <p role="status">Đang tải số liệu…</p>
  if (stats.state === 'failed') return <LoadFailed error={stats.error} retry={stats.retry} />
  return (
    <figure class="views-chart">
      <figcaption>
        Lượt xem mỗi ngày, {DAYS} ngày qua: tổng <strong data-testid="tong-luot-xem">{formatNumber(stats.data.totalViews)}</strong>
      </figcaption>
      <div ref={host} aria-hidden="true" />
      <details>
        <summary>Bảng số liệu</summary>
        <table>
          <thead><tr><th scope="col">Ngày</th><th scope="col">Lượt xem</th></tr></thead>
          <tbody>
            {stats.data.days.map((d) => (
              <tr key={d.date}><td>{d.date.split('-').reverse().join('/')}</td><td class="number">{formatNumber(d.views)}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
