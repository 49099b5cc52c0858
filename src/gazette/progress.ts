/** A small progress bar with rate and ETA, redrawn in place on a terminal and printed sparsely otherwise. */
export function progressBar(stream: NodeJS.WriteStream, width = 30) {
  const started = Date.now()
  let lastLine = ''
  let lastPrinted = 0
  const format = (done: number, total: number) => {
    const ratio = total ? Math.min(1, done / total) : 1
    const filled = Math.round(ratio * width)
    const seconds = (Date.now() - started) / 1000
    const rate = seconds > 0 ? done / seconds : 0
    const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0
    return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} ${(ratio * 100).toFixed(0)}% ${rate.toFixed(1)} 条/秒 剩余约 ${eta} 秒`
  }
  return {
    update: (done: number, total: number) => {
      lastLine = format(done, total)
      if (stream.isTTY) stream.write(`\r${lastLine}\x1b[K`)
      else if (Date.now() - lastPrinted > 2000 || done === total) {
        lastPrinted = Date.now()
        stream.write(`${lastLine}\n`)
      }
    },
    finish: () => {
      if (stream.isTTY && lastLine) stream.write('\n')
    },
  }
}
