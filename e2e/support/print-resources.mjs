// Preloaded into a pipeline run by the hostile-archive tests (`node --import`): on exit, prints
// the process's peak memory (all threads) so a test can bound what a malformed archive costs.
process.on('exit', () => {
  process.stderr.write(`\nresources: ${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
});
