/**
 * What every command-line entry point (seed, import, reindex, server) does on the way in and out: say which step
 * it is on, and never end silently. A command that fails names the step and the cause in Chinese and exits 1;
 * a process that would end with work still pending (Node's exit code 13, an unsettled top-level await) says so
 * instead of vanishing.
 */

export type Step<T = unknown> = { label: string; run: () => Promise<T> }

const seconds = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} 秒`

/** Reports an unexpected end instead of a silent exit code. Call once, first thing. */
export function reportSilentExits(command: string): void {
  process.on('exit', (code) => {
    if (code === 13) console.error(`${command}未完成：模块加载或初始化在结束前没有完成（退出码 13）。请重新运行；若反复出现，请检查 Node.js 版本（需 24 或更高）。`)
  })
  process.on('unhandledRejection', (reason) => {
    console.error(`${command}失败：${describeError(reason)}`)
    process.exit(1)
  })
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name
  return String(error)
}

/** Runs labelled steps in order, printing `[i/n] label…` and its time; on failure prints the step and exits 1. */
export async function runSteps(command: string, steps: Step[], log: (line: string) => void = console.log): Promise<void> {
  const started = performance.now()
  for (const [index, step] of steps.entries()) {
    const stepStarted = performance.now()
    log(`[${index + 1}/${steps.length}] ${step.label}…`)
    try {
      await step.run()
    } catch (error) {
      console.error(`${command}失败，出错步骤：${step.label}\n原因：${describeError(error)}`)
      if (process.env.DEBUG && error instanceof Error && error.stack) console.error(error.stack)
      process.exit(1)
    }
    log(`      完成（${seconds(stepStarted)}）`)
  }
  log(`${command}完成，用时 ${seconds(started)}。`)
}
