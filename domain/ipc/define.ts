import type { z } from 'zod';

/** One IPC channel: the schema main validates its input with, and the type of its result. */
export interface ChannelSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom field carrying the output type; never read at run time. */
  output?: O;
}

export function channel<O>() {
  return <I extends z.ZodType>(input: I): ChannelSpec<I, O> => ({ input });
}
