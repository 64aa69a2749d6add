import { main } from './main';

// A reader that stops early (`counterpoint export … | head`) closes the pipe: that is not an
// error of ours, so stop quietly, as Unix tools do, instead of printing a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

// Exit once output is flushed; process.exit() could cut off piped stdout.
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
