import { main } from './main';

// Exit once output is flushed; process.exit() could cut off piped stdout.
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
