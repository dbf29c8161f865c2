export const BootScreen = () => (
  <main className="boot" aria-busy="true">
    <p role="status">Opening the dossier…</p>
  </main>
)
