/** STUB — owned by issue 6 (the `fic` CLI). */
process.stdout.write('fic: not implemented yet\n');
