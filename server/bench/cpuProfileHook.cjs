// Preloaded into the bundled server by `lspOnly.ts --prof` (NODE_OPTIONS=--require): samples the CPU
// and writes /tmp/fic-prof/<pid>.cpuprofile at exit (Node refuses --cpu-prof in NODE_OPTIONS).
// PROF_US: the sampling interval in µs (200 by default; 1000 disturbs the timing less).
const inspector = require('node:inspector');
const fs = require('node:fs');
if (process.argv.some((a) => a.endsWith('server.js'))) {
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: Number(process.env.PROF_US || 200) });
  session.post('Profiler.start');
  let done = false;
  const stop = () => {
    if (done) return;
    done = true;
    session.post('Profiler.stop', (err, result) => {
      if (err) return;
      fs.mkdirSync('/tmp/fic-prof', { recursive: true });
      fs.writeFileSync(`/tmp/fic-prof/${process.pid}.cpuprofile`, JSON.stringify(result.profile));
    });
  };
  process.on('exit', stop);
}
