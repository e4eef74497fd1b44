/** The reading view while its article loads. */
export function ReaderSkeleton() {
  const bar = 'animate-pulse rounded bg-zinc-200 dark:bg-zinc-800';
  return (
    <div className="mx-auto max-w-[40em] px-5 pt-4 pb-16" aria-busy="true">
      <div className={`h-3 w-40 ${bar}`} />
      <div className={`mt-5 h-7 w-full ${bar}`} />
      <div className={`mt-2 h-7 w-2/3 ${bar}`} />
      <div className={`mt-4 h-3 w-56 ${bar}`} />
      <div className="mt-8 space-y-3">
        {[100, 96, 100, 88, 100, 92, 60].map((width, i) => (
          <div key={i} className={`h-4 ${bar}`} style={{ width: `${width}%` }} />
        ))}
      </div>
    </div>
  );
}
