import { afterEach } from 'vitest'

const tasks: (() => Promise<void> | void)[] = []

/** Runs `task` after the current test, last registered first. */
export const onCleanup = (task: () => Promise<void> | void): void => void tasks.push(task)

afterEach(async () => {
  while (tasks.length > 0) await tasks.pop()!()
})
