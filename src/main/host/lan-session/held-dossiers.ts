import type { Role } from '../../../shared/protocol'
import type { DossierHandle, Library } from '../library/library'

/**
 * The dossiers this host shares on the LAN, each held open for as long as it is shared and
 * watched for changes to its members.
 */
export class HeldDossiers {
  private readonly held = new Map<string, { handle: DossierHandle; stop: () => void }>()

  constructor(
    private readonly library: Library,
    /** Called when the members of a held dossier (or their roles) changed. */
    private readonly onMembersChanged: (dossierId: string) => void,
    private readonly onProblem: (line: string) => void,
  ) {}

  get size(): number {
    return this.held.size
  }

  has(dossierId: string): boolean {
    return this.held.has(dossierId)
  }

  handle(dossierId: string): DossierHandle | undefined {
    return this.held.get(dossierId)?.handle
  }

  /** The ids held now, as a copy: releasing them while walking it is safe. */
  ids(): string[] {
    return [...this.held.keys()]
  }

  async hold(id: string): Promise<void> {
    if (this.held.has(id)) return
    const handle = await this.library.open(id)
    const stop = handle.dossier.onChange((change) => {
      if (change.members) this.onMembersChanged(id)
    })
    this.held.set(id, { handle, stop })
  }

  release(id: string): void {
    const held = this.held.get(id)
    if (held === undefined) return
    this.held.delete(id)
    held.stop()
    held.handle.close().catch((error: unknown) => this.onProblem(String(error)))
  }

  roleOf(dossierId: string, key: string): Role | null {
    return this.held.get(dossierId)?.handle.dossier.memberRole(key) ?? null
  }

  memberKeys(dossierId: string): readonly string[] {
    const dossier = this.held.get(dossierId)?.handle.dossier
    if (dossier === undefined) return []
    return dossier
      .members()
      .filter((member) => !member.removed)
      .map(({ key }) => key)
  }
}
