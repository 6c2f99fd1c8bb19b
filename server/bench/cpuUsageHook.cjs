// Preloaded (`node --require`) into the cold processes the bench times: prints the process's CPU time
// (user + system, every thread) on stderr as it exits, and on Linux the main thread's own (`MAIN`, from
// /proc: the time it ran, which on a 2-core machine is what the wall time follows, while V8's compiler
// and GC threads may use the other core). CPU time varies far less than wall time on a machine shared
// with other jobs.
process.on('exit', () => {
  const fs = require('node:fs');
  const u = process.cpuUsage();
  let main = '';
  try {
    main = ` MAIN ${(Number(fs.readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6).toFixed(2)}`;
  } catch {
    // not Linux: the process's CPU time only
  }
  fs.writeSync(2, `\nFIC_BENCH_CPU ${((u.user + u.system) / 1000).toFixed(2)}${main}\n`);
});
