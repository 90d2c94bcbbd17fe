/**
 * `vvt summary --json | head -1`: when the reader closes the pipe, writing fails with EPIPE.
 * That is the reader's choice, not an error: the CLI ends quietly (exit 0, as `cat` does
 * under a shell that ignores SIGPIPE) instead of crashing with a stack trace.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream, exit: (code: number) => void = (code) => process.exit(code)): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') exit(0);
    else throw error;
  });
}
