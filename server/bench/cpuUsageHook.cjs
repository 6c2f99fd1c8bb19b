// Preloaded (`node --require`) into the cold processes the bench times: prints the process's CPU time
// (user + system, every thread) on stderr as it exits. CPU time varies far less than wall time on a
// machine shared with other jobs.
process.on('exit', () => {
  const u = process.cpuUsage();
  require('node:fs').writeSync(2, `\nFIC_BENCH_CPU ${((u.user + u.system) / 1000).toFixed(2)}\n`);
});
