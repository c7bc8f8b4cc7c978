// Master data screens under /supervisor/master/...: the path segments after it.
export function MasterDataScreen({ path }: { path: string[] }) {
  return (
    <section className="master-data">
      <h1>Master data</h1>
      {path.length > 0 && <p className="hint">{path.join(' / ')}</p>}
    </section>
  );
}
