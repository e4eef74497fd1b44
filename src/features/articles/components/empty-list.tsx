/** The list area when a list has no articles. */
export function EmptyList({ message, hint }: { message: string; hint?: string }) {
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-3 px-6 py-16 text-center text-zinc-600 dark:text-zinc-400">
      <svg aria-hidden="true" viewBox="0 0 48 48" className="size-12 text-zinc-300 dark:text-zinc-700">
        <rect x="8" y="6" width="32" height="36" rx="4" fill="none" stroke="currentColor" strokeWidth="2.5" />
        <path d="M15 16h18M15 23h18M15 30h10" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
      </svg>
      <p>{message}</p>
      {hint && <p className="max-w-sm text-sm">{hint}</p>}
    </div>
  );
}
