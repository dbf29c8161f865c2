/**
 * The desk host's plain address, opened without its key (a typed address, a bookmark made in
 * another browser): it says how to get in, instead of opening a desk whose edits go nowhere.
 */
export const NeedsAddress = () => (
  <main className="boot">
    <section className="waiting" role="alert" aria-labelledby="needs-address-title">
      <h1 id="needs-address-title">Open the desk with its full address</h1>
      <p>
        This is a Verification Desk host, but this page was opened without the key that lets it in,
        so it cannot show the library.
      </p>
      <p>
        Open the address the host printed when it started: it ends in <code>#token=…</code>. Run{' '}
        <code>npm start</code> (or <code>npx dossier serve</code>) again to see it; the address
        stays the same from one start to the next, and this browser remembers it once opened.
      </p>
    </section>
  </main>
)
