/** The × of close and clear buttons. Decorative: the button around it carries the name. */
export function CloseIcon({ className = 'size-4', strokeWidth = 1.8 }: { className?: string; strokeWidth?: number }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className={className}>
      <path d="m5 5 10 10M15 5 5 15" fill="none" stroke="currentColor" strokeWidth={strokeWidth} strokeLinecap="round" />
    </svg>
  );
}
