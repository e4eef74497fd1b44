/** Only web addresses open from the reader: the bundle is untrusted, whatever the pipeline wrote. */
export const isWebUrl = (url: string) => /^https?:\/\//i.test(url);
