/**
 * Error text for the report: the OS message with the absolute path replaced by the path
 * relative to the content folder, so reports do not depend on where the archive lives.
 */
export function describeError(error: unknown, absPath: string, relPath: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(absPath).join(relPath);
}
