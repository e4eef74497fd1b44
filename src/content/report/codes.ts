/** Results the cache must not keep: failures that say nothing about the file. */
const TRANSIENT = /^(article not written|worker failed|processing failed|file not readable):/;
export const isTransient = (message: string) => TRANSIENT.test(message);
