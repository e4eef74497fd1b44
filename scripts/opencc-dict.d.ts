/** opencc-js ships each OpenCC dictionary as a module whose default export is `"from to …|from to …"`. */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
