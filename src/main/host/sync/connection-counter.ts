/** Open connections, in total and per remote address, against two caps. */
export class ConnectionCounter {
  private total = 0
  private readonly byAddress = new Map<string, number>()

  constructor(
    private readonly maxTotal: number,
    private readonly maxPerAddress: number,
  ) {}

  /** Counts one more connection from `address`, unless a cap is reached. */
  admit(address: string): 'ok' | 'full' | 'address-full' {
    const fromAddress = this.byAddress.get(address) ?? 0
    if (fromAddress >= this.maxPerAddress) return 'address-full'
    if (this.total >= this.maxTotal) return 'full'
    this.byAddress.set(address, fromAddress + 1)
    this.total++
    return 'ok'
  }

  release(address: string): void {
    const fromAddress = this.byAddress.get(address) ?? 0
    if (fromAddress <= 1) this.byAddress.delete(address)
    else this.byAddress.set(address, fromAddress - 1)
    this.total = Math.max(0, this.total - 1)
  }
}
