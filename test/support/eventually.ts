/** Polls `check` until it stops throwing, or fails with its last error after `timeoutMs`. */
export const eventually = async (
  check: () => void | Promise<void>,
  timeoutMs = 5000,
): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      await check()
      return
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms))
